import type { DatasetSummary } from '../../../../shared/dataset';
import type { HomeData } from '../../../../shared/ipc/home';
import type { Result } from '../../../../shared/ipc/result';
import type { ViewState } from '../../../../shared/view-state';
import { useResult } from '../../hooks/useResult';
import { takePrefetched } from '../../app/startup';
import { sameView } from '../saved-views/card-text';
import { useSavedViews } from '../saved-views/useSavedViews';
import { StartScreen, type StartScreenProps, type YourView } from './StartScreen';

// Main computes the pictures once; the renderer asks once too, so coming back Home draws at once. On a
// launch with no view to open they came with the startup batch (app/startup.ts).
let asked: Promise<Result<HomeData>> | null = null;
const homeData = () =>
  (asked ??= takePrefetched(window.api, 'home', () => window.api.getHome()).then((r) =>
    r.ok && r.value === null ? window.api.getHome() : (r as Result<HomeData>),
  ));

type Props = Pick<StartScreenProps, 'lang' | 'onOpen' | 'onSource'> & {
  /** The view on screen before Home was chosen (this session's, or the one restored at start). */
  last: ViewState | null;
  catalog: readonly DatasetSummary[];
};

/** The start screen with its data: main's pictures and numbers, the pinned saved view, the last view. */
export function HomeScreen({ lang, last, catalog, onOpen, onSource }: Props) {
  const data = useResult(homeData, 'home');
  const { snapshot } = useSavedViews().state;
  const pinned = snapshot?.views.find((v) => v.id === snapshot.defaultViewId && v.unavailable === undefined) ?? null;
  const title = (id: string) => {
    const d = catalog.find((s) => s.id === id);
    return d?.status === 'ok' ? d.title[lang] : id;
  };
  const yours: YourView[] = [];
  if (last !== null && !(pinned !== null && sameView(last, pinned.state)))
    yours.push({ key: 'last', name: null, title: title(last.datasetId), state: last });
  if (pinned !== null) yours.push({ key: 'pinned', name: pinned.name, title: title(pinned.state.datasetId), state: pinned.state });
  return <StartScreen lang={lang} data={data.state === 'ready' ? data.value : null} yours={yours} onOpen={onOpen} onSource={onSource} />;
}
