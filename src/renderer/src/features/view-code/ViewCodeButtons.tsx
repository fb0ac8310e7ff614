import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/Button';
import { CodeDialog } from './CodeDialog';
import { useExplorer } from '../explorer/context';
import { useOpenViewCode, type ViewCodeApi } from './useOpenViewCode';
import './view-code.css';

/** "Copy view code" (the view on screen; main writes the clipboard) and "Open view code…". */
export function ViewCodeButtons({ api = window.api }: { api?: ViewCodeApi }) {
  const { t } = useTranslation();
  const { view, setView } = useExplorer();
  const [status, setStatus] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const code = useOpenViewCode(api, setView);

  const copy = async () => {
    if (!view) return;
    const r = await api.copyViewCode({ state: view, name: null });
    setStatus(r.ok ? t('viewCode.copied', { count: r.value.code.length, code: r.value.code }) : t('viewCode.failed', { message: r.message }));
  };
  const submit = async () => {
    if (await code.open(text)) {
      setOpen(false);
      setText('');
      setStatus(t('viewCode.opened'));
    }
  };

  return (
    <>
      <Button disabled={!view} title={t('viewCode.copyHint')} onClick={() => void copy()}>
        {t('viewCode.copy')}
      </Button>
      <Button
        onClick={() => {
          code.clear();
          setOpen(true);
        }}
      >
        {t('viewCode.open')}
      </Button>
      <p className="vc-status" role="status">
        {status}
      </p>
      <CodeDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('viewCode.dialogTitle')}
        description={t('viewCode.dialogDescription')}
        footer={
          <>
            <Button variant="primary" type="submit" form="vc-form" disabled={code.busy || text.trim() === ''}>
              {t('viewCode.confirm')}
            </Button>
            <Button onClick={() => setOpen(false)}>{t('viewCode.cancel')}</Button>
          </>
        }
      >
        <form
          id="vc-form"
          className="vc-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label>
            {t('viewCode.label')}
            <textarea value={text} rows={3} spellCheck={false} onChange={(e) => setText(e.target.value)} />
          </label>
          {code.problem && <p role="alert">{code.problem}</p>}
        </form>
      </CodeDialog>
    </>
  );
}
