// The it-organisation page's words join the tab's when its chunk loads (imported first by ItPage), rather
// than sitting in the initial bundle. Each capability of the page adds its catalogue file here.
import { addWords } from '../../i18n';
import * as itorg from '../../texts/itorg';
import * as systems from '../../texts/systems';

addWords(systems);
addWords(itorg);
