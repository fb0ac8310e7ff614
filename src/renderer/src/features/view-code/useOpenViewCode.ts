import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api } from '../../../../shared/ipc/contract';
import type { ViewState } from '../../../../shared/view-state';

export type ViewCodeApi = Pick<Api, 'openViewCode' | 'copyViewCode'>;

/**
 * Opens a view code through main (which checks it as it checks a view file); on success the view
 * replaces the one on screen, otherwise `problem` says why in words and nothing changes.
 */
export const useOpenViewCode = (api: ViewCodeApi, apply: (view: ViewState) => void) => {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const open = useCallback(
    async (code: string): Promise<boolean> => {
      setBusy(true);
      const r = await api.openViewCode({ code });
      setBusy(false);
      if (!r.ok) {
        setProblem(t('viewCode.failed', { message: r.message }));
        return false;
      }
      const v = r.value;
      if (!v.ok) {
        setProblem(t(`viewCode.problem.${v.reason}`, { dataset: v.reason === 'unknown-data' ? v.datasetId : '' }));
        return false;
      }
      setProblem(null);
      apply(v.state);
      return true;
    },
    [api, apply, t],
  );
  return { open, problem, busy, clear: () => setProblem(null) };
};
