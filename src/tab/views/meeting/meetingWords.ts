// The meeting app's words join the tab's when its chunk loads (imported first by MeetingApp), rather than
// sitting in the initial bundle, which has a size budget (issue 18: ≤ 120 KB gzip).
import { addWords } from '../../i18n';
import * as meetingApp from '../../texts/meetingApp';

addWords(meetingApp);
