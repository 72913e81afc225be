/**
 * scorm-again's API classes for the tests. Its type declarations say "default export", but its
 * ES modules export the classes by name; this reads them the way the modules really are.
 */
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import type Scorm12Type from 'scorm-again/scorm12';
import type Scorm2004Type from 'scorm-again/scorm2004';

export const Scorm12API = (scorm12 as unknown as { Scorm12API: typeof Scorm12Type }).Scorm12API;
export const Scorm2004API = (scorm2004 as unknown as { Scorm2004API: typeof Scorm2004Type }).Scorm2004API;
