/*! nc-sheriffs-map embed loader: sizes <iframe data-nc-sheriffs-map> to its content. No dependencies; see README "Embedding". */
(function () {
  'use strict';
  if (window.ncSheriffsMapLoader) return;
  window.ncSheriffsMapLoader = 1;
  var NS = 'nc-sheriffs-map:';

  function frames() {
    return document.querySelectorAll('iframe[data-nc-sheriffs-map]');
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch (e) {
      return '';
    }
  }

  // Sizes the frame that sent the message, and only from its own document's origin.
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== NS + 'height' || data.version !== 1) return;
    var height = data.height;
    if (typeof height !== 'number' || !(height >= 0 && height < 100000)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow === event.source && originOf(frame) === event.origin) {
        frame.style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });

  // Frames that loaded before this script ran already sent their height: ask again.
  function request(frame) {
    var doc = null;
    try {
      doc = frame.contentDocument;
    } catch (e) {}
    if (!frame.contentWindow || (doc && doc.URL === 'about:blank')) return;
    var origin = originOf(frame);
    if (origin && origin !== 'null')
      frame.contentWindow.postMessage({ type: NS + 'request-height', version: 1 }, origin);
  }

  var list = frames();
  for (var i = 0; i < list.length; i++) request(list[i]);
})();
