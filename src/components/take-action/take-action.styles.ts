import { cardStyles } from '../../internal/card.js';

export const styles = cardStyles;
