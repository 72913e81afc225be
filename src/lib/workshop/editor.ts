/**
 * The workshop's YAML editor: CodeMirror 6 with line numbers, YAML highlighting in the site's
 * own colours (readable in light and dark), undo, Tab to indent (Escape then Tab leaves the
 * editor), and the check's problems as markers on their lines. The page owns the text and the
 * problems; this module only shows them.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { formatProblem, type Problem } from '../content/problems';

/** Colours from the site's palette (app.css), each 4.5:1 or more on the editor's background. */
const highlight = HighlightStyle.define([
	{ tag: tags.comment, color: 'var(--text-muted)', fontStyle: 'italic' },
	{ tag: [tags.definition(tags.propertyName), tags.propertyName], color: 'var(--accent)', fontWeight: '600' },
	{ tag: [tags.string, tags.special(tags.string)], color: 'var(--text)' },
	{ tag: [tags.number, tags.bool, tags.null, tags.keyword], color: 'var(--link)' },
	{ tag: [tags.punctuation, tags.separator, tags.squareBracket, tags.brace], color: 'var(--text-muted)' }
]);

const theme = EditorView.theme({
	'&': { backgroundColor: 'var(--surface)', color: 'var(--text)', border: '2px solid var(--control-border)', borderRadius: 'var(--radius)', fontSize: '0.92rem' },
	'&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '2px' },
	'.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', lineHeight: '1.5', minHeight: '24rem' },
	'.cm-content': { caretColor: 'var(--text)' },
	'.cm-cursor': { borderLeftColor: 'var(--text)' },
	'.cm-gutters': { backgroundColor: 'var(--surface-muted)', color: 'var(--text-muted)', borderRight: '1px solid var(--border)' },
	'.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--accent-soft) 55%, transparent)' },
	'.cm-activeLineGutter': { backgroundColor: 'var(--accent-soft)', color: 'var(--text)' },
	'&.cm-focused .cm-selectionBackground, .cm-selectionBackground': { backgroundColor: 'color-mix(in srgb, var(--link) 30%, transparent)' },
	'.cm-tooltip': { backgroundColor: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)' },
	'.cm-diagnostic': { whiteSpace: 'pre-wrap' }
});

export interface WorkshopEditor {
	setText(text: string): void;
	showProblems(problems: readonly Problem[]): void;
	/** Puts the cursor at the start of a line, scrolls it into view and gives the editor focus. */
	goToLine(line: number): void;
	destroy(): void;
}

export function createEditor(parent: HTMLElement, text: string, options: { label: string; describedBy: string; onChange: (text: string) => void }): WorkshopEditor {
	const view = new EditorView({
		parent,
		state: EditorState.create({
			doc: text,
			extensions: [
				lineNumbers(),
				highlightActiveLineGutter(),
				highlightActiveLine(),
				drawSelection(),
				history(),
				indentOnInput(),
				yaml(),
				syntaxHighlighting(highlight),
				lintGutter(),
				keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
				EditorState.tabSize.of(2),
				EditorView.lineWrapping,
				EditorView.contentAttributes.of({ 'aria-label': options.label, 'aria-describedby': options.describedBy, lang: 'nl' }),
				theme,
				EditorView.updateListener.of((update) => {
					if (update.docChanged) options.onChange(update.state.doc.toString());
				})
			]
		})
	});
	return {
		setText(next) {
			if (next === view.state.doc.toString()) return;
			view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
		},
		showProblems(problems) {
			view.dispatch(setDiagnostics(view.state, diagnosticsFor(view.state, problems)));
		},
		goToLine(line) {
			const at = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
			view.dispatch({ selection: { anchor: at.from }, effects: EditorView.scrollIntoView(at.from, { y: 'center' }) });
			view.focus();
		},
		destroy() {
			view.destroy();
		}
	};
}

/** Each problem with a line, as a marker on that whole line, with the message the list shows. */
function diagnosticsFor(state: EditorState, problems: readonly Problem[]): Diagnostic[] {
	return problems.flatMap((problem) => {
		if (problem.line === undefined || problem.line > state.doc.lines) return [];
		const line = state.doc.line(problem.line);
		return [{ from: line.from, to: line.to, severity: problem.severity, message: formatProblem(problem) }];
	});
}
