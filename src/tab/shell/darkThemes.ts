// The Teams dark and high-contrast themes, loaded when the host (or ?theme=) asks for them: the light
// theme is the one most people open the tab in, and the only one in the tab's entry.
export { teamsDarkTheme as dark, teamsHighContrastTheme as contrast } from '@fluentui/react-components';
