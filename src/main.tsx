import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import { startHeightBridge } from './embed/height-bridge.ts';
import { loadFromSearch } from './state/store.ts';
import { startUrlSync } from './state/url-sync.ts';
import './styles/app.css';

loadFromSearch(window.location.search);
startUrlSync();
startHeightBridge();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
