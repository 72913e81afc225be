/**
 * The starting point for a new scenario: short, valid as it is, every key explained in a
 * comment in plain Dutch, with a flag and endings that declare what they take for granted.
 */
import template from './template.yaml?raw';

export const TEMPLATE_TEXT: string = template;
/** The template's file name, and so its id, in a new module of its own. */
export const TEMPLATE_FILE_NAME = 'eerste-gesprek.yaml';
