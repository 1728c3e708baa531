// The goal chain's and the strategic plan's words join the tab's when a chunk of theirs loads (each of
// their modules imports this first), rather than sitting in the initial bundle (160 KB gzip budget).
import { addWords } from '../../i18n';
import * as words from '../../texts/strategy';

addWords(words);
