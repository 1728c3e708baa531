// The meeting work of the Möten view, one lazy chunk: forum settings and channel, single meetings,
// agendas, minutes and the decision register.
export { ForumTools } from './ForumTools';
export { MeetingPanel } from './MeetingPanel';
export { DecisionRegister } from './DecisionRegister';
