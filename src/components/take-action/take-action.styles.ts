import { cardStyles } from '../../internal/card.styles.js';
import { controls } from '../../internal/controls.styles.js';
import { hotlineStyles } from '../../internal/hotline.styles.js';
import { quickExitLinkStyles } from '../../internal/quick-exit-link.styles.js';
import { theme } from '../../internal/theme.styles.js';

export const styles = [theme, controls, hotlineStyles, quickExitLinkStyles, cardStyles];
