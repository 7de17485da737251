import { useId, useState } from 'react';
import { ClassroomTools } from './classroom/ClassroomTools.tsx';
import { EmbedDialog } from './embed/EmbedDialog.tsx';
import { useT } from './useT.ts';

/**
 * Tools for teachers and newsrooms. On wide screens they sit in the toolbar; on phones they fold
 * behind one button so the map comes first (CSS decides, so server and client render the same).
 */
export function MoreTools() {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className={`more-tools${open ? ' is-open' : ''}`}>
      <button
        type="button"
        className="more-tools__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {t('toolbar.more')}
      </button>
      <div id={id} className="more-tools__content">
        <ClassroomTools />
        <EmbedDialog />
      </div>
    </div>
  );
}
