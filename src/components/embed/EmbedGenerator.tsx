import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { embedSnippet } from '../../embed/snippet.ts';
import { readHeightMessage } from '../../embed/messages.ts';
import { LAYERS, type Layer } from '../../domain/layers.ts';
import { THEMES, serializeUrlState, type Theme } from '../../state/url.ts';
import { urlContext, useAppStore } from '../../state/store.ts';
import { useData } from '../DataContext.tsx';
import { useT } from '../useT.ts';

/**
 * Pick options, see the embed live, copy the code. The preview is the real embed, sized by the same
 * height messages the loader reads; the snippet never carries inline script or style.
 */
export default function EmbedGenerator() {
  const t = useT();
  const id = useId();
  const { dataset } = useData();
  const lang = useAppStore((s) => s.lang);
  const [layer, setLayer] = useState<Layer>(useAppStore.getState().layer);
  const [step, setStep] = useState(useAppStore.getState().step);
  const [county, setCounty] = useState(useAppStore.getState().county ?? '');
  const [theme, setTheme] = useState<Theme>(useAppStore.getState().theme);
  const [compact, setCompact] = useState(true);
  const [height, setHeight] = useState(720);
  const [title, setTitle] = useState(t('app.title'));
  const [status, setStatus] = useState('');
  const [previewHeight, setPreviewHeight] = useState(720);
  const frameRef = useRef<HTMLIFrameElement>(null);

  const snippet = useMemo(() => {
    const search = serializeUrlState(
      { layer, step, county: county || null, theme, lang, view: 'map', embed: false, present: false },
      urlContext,
    );
    const page = new URL(window.location.href);
    page.search = search;
    page.hash = '';
    return embedSnippet({ pageUrl: page.toString(), title, height, compact });
  }, [layer, step, county, theme, lang, title, height, compact]);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frameRef.current?.contentWindow || event.origin !== window.location.origin) return;
      const reported = readHeightMessage(event.data);
      if (reported !== null) setPreviewHeight(Math.ceil(reported));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('embed.copied', { what }));
    } catch {
      setStatus(t('embed.copyFailed'));
    }
  };

  return (
    <div className="embed-generator">
      <form className="embed-generator__options" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('embed.frameTitle')}
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} required />
        </label>
        <label>
          {t('layer.label')}
          <select value={layer} onChange={(e) => setLayer(e.target.value as Layer)}>
            {LAYERS.map((l) => (
              <option key={l} value={l}>
                {t(`layer.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('step.label')}
          <select value={step} onChange={(e) => setStep(e.target.value)}>
            {dataset.steps.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}: {s.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('embed.county')}
          <select value={county} onChange={(e) => setCounty(e.target.value)}>
            <option value="">{t('embed.noCounty')}</option>
            {dataset.counties.map((c) => (
              <option key={c.fips} value={c.fips}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('embed.theme')}
          <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(`theme.${th}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('embed.height')}
          <input
            type="number"
            min={200}
            max={4000}
            step={10}
            value={height}
            onChange={(e) => setHeight(Number(e.target.value) || 720)}
          />
        </label>
        <label className="embed-generator__check">
          <input type="checkbox" checked={compact} onChange={(e) => setCompact(e.target.checked)} />
          {t('embed.compact')}
        </label>
      </form>
      <h3 id={`${id}-code`}>{t('embed.code')}</h3>
      <p>{t('embed.codeHelp')}</p>
      <textarea readOnly rows={5} aria-labelledby={`${id}-code`} value={snippet.full} />
      <button
        type="button"
        className="embed-generator__copy"
        onClick={() => void copy(snippet.full, t('embed.code'))}
      >
        {t('embed.copyCode')}
      </button>
      <h3 id={`${id}-fallback`}>{t('embed.fallback')}</h3>
      <p>{t('embed.fallbackHelp')}</p>
      <textarea readOnly rows={3} aria-labelledby={`${id}-fallback`} value={snippet.fallback} />
      <button
        type="button"
        className="embed-generator__copy"
        onClick={() => void copy(snippet.fallback, t('embed.fallback'))}
      >
        {t('embed.copyFallback')}
      </button>
      <p className="embed-generator__status" aria-live="polite">
        {status}
      </p>
      <h3>{t('embed.preview')}</h3>
      <iframe
        ref={frameRef}
        className="embed-generator__preview"
        src={snippet.src}
        title={title.trim() || t('app.title')}
        height={previewHeight}
      />
    </div>
  );
}
