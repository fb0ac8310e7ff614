import { useTranslation } from 'react-i18next';
import type { ViewState } from '../../../../shared/view-state';
import { Button } from '../../components/ui/Button';
import { useOpenViewCode, type ViewCodeApi } from './useOpenViewCode';
import { useViewCodeInSearch } from './useViewCodeInSearch';
import './view-code.css';

/** Under the search box: "Open this view code" when what was typed there is a view code. */
export function ViewCodeOffer({ onView, api = window.api }: { onView: (view: ViewState) => void; api?: ViewCodeApi }) {
  const { t } = useTranslation();
  const typed = useViewCodeInSearch();
  const code = useOpenViewCode(api, onView);
  if (typed === null) return null;
  return (
    <div className="vc-offer">
      <Button variant="primary" disabled={code.busy} onClick={() => void code.open(typed)}>
        {t('viewCode.offer')}
      </Button>
      {code.problem && <p role="alert">{code.problem}</p>}
    </div>
  );
}
