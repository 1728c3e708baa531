// The object administration's words join the tab's when this chunk loads (imported first by each of
// its lazy entry modules), rather than sitting in the initial bundle.
import { addWords } from '../../../i18n';
import * as words from '../../../texts/objectAdminViews';

addWords(words);
