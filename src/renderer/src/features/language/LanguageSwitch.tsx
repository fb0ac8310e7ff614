import { useTranslation } from 'react-i18next';
import type { Api } from '../../../../shared/ipc/contract';
import type { Lang } from '../../../../shared/lang';
import { useLang } from '../../hooks/useLang';
import { useRememberedChoice } from '../../hooks/useRememberedChoice';
import { chooseLanguage } from './language';

/** Names the other language in that language ("Français" / "English"), as Government of Canada sites do. */
export function LanguageSwitch({ api }: { api: Pick<Api, 'setLanguage'> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const other = lang === 'en' ? 'fr' : 'en';
  const { problem, choose } = useRememberedChoice((lang: Lang) => chooseLanguage(api, lang));
  return (
    <div className="language-switch">
      <button type="button" lang={other} title={t('language.switchHint')} onClick={() => choose(other)}>
        {t('language.switchTo')}
      </button>
      {problem !== null && (
        <p role="alert" className="language-problem">
          {t('language.notSaved', { message: problem })}
        </p>
      )}
    </div>
  );
}
