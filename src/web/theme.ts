/**
 * The look: one theme for every page. Dimmed text, and the text of light and
 * outline badges and alerts in the bright palettes, are darkened to keep WCAG
 * AA contrast (4.5:1) on their tinted backgrounds.
 */
import {
  Badge,
  Button,
  Modal,
  Paper,
  Table,
  Tooltip,
  createTheme,
  type CSSVariablesResolver,
} from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  respectReducedMotion: true,
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace:
    'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace',
  headings: { fontWeight: '650' },
  components: {
    Button: Button.extend({ defaultProps: { radius: 'md' } }),
    Badge: Badge.extend({ defaultProps: { radius: 'sm', variant: 'light', tt: 'none', fw: 600 } }),
    Paper: Paper.extend({ defaultProps: { withBorder: true, radius: 'md' } }),
    Table: Table.extend({
      defaultProps: { verticalSpacing: 'sm', horizontalSpacing: 'md', highlightOnHover: true },
    }),
    Modal: Modal.extend({
      defaultProps: {
        radius: 'md',
        overlayProps: { blur: 2 },
        closeButtonProps: { 'aria-label': 'Close dialog' },
      },
    }),
    Tooltip: Tooltip.extend({ defaultProps: { openDelay: 300, withArrow: true } }),
  },
});

/** Text on a light tint, by palette: Mantine's shade 9 of these reads at 3–4.4:1. */
const READABLE_TEXT_ON_TINT: Readonly<Record<string, string>> = {
  yellow: '#7a4a00',
  orange: '#a3390b',
  lime: '#3f6a08',
  green: '#1f6b30',
  teal: '#066349',
};

const readableTintVariables = Object.fromEntries(
  Object.entries(READABLE_TEXT_ON_TINT).flatMap(([color, text]) => [
    [`--mantine-color-${color}-light-color`, text],
    [`--mantine-color-${color}-outline`, text],
  ]),
);

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-body': '#ffffff',
    ...readableTintVariables,
  },
  dark: {},
});
