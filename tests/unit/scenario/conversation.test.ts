import { describe, expect, it } from 'vitest';
import { conversationPath, fetchConversation, forThePage, introOf } from '$lib/scenario/conversation';
import type { ScenarioData } from '$lib/scenario/types';
import { validFixture } from './fixtures';

const scenario = (): ScenarioData => {
	const data = validFixture('small');
	// An ending that states what it takes for granted, as an author may write it.
	const ending = data.nodeOrder.find((id) => data.nodes[id]!.end)!;
	return { ...data, nodes: { ...data.nodes, [ending]: { ...data.nodes[ending]!, requires: 'true' } } };
};

const answer = (body: unknown, status = 200) => async () => new Response(JSON.stringify(body), { status });

describe('a scenario page in two parts', () => {
	it('carries the introduction in the page, without the conversation', () => {
		const intro = introOf(scenario());
		expect(intro).not.toHaveProperty('nodes');
		expect(intro).not.toHaveProperty('nodeOrder');
		expect(intro).not.toHaveProperty('file');
		expect(intro).toMatchObject({ id: scenario().id, title: scenario().title, best: scenario().best, freeReplies: false });
		// It says whether the learner may answer in their own words somewhere.
		expect(introOf(validFixture('respond')).freeReplies).toBe(true);
	});

	it('sends the conversation without what the build already checked', () => {
		const sent = forThePage(scenario());
		expect(Object.values(sent.nodes).some((node) => 'requires' in node)).toBe(false);
		expect(Object.keys(sent.nodes)).toEqual(Object.keys(scenario().nodes));
		expect(conversationPath('behandelingen', 'wat-kan')).toBe('/behandelingen/scenario/wat-kan/gesprek.json');
	});

	it('takes the conversation file that belongs to the introduction', async () => {
		const whole = forThePage(scenario());
		expect(await fetchConversation(introOf(whole), '/m/scenario/s/gesprek.json', answer(whole))).toEqual(whole);
	});

	it("refuses another scenario's file, a file without its start, and a missing file", async () => {
		const whole = forThePage(scenario());
		const intro = introOf(whole);
		await expect(fetchConversation(intro, '/x.json', answer({ ...whole, id: 'ander-scenario' }))).rejects.toThrow(`/x.json: niet het gesprek van ${whole.id}`);
		await expect(fetchConversation(intro, '/x.json', answer({ ...whole, nodes: {} }))).rejects.toThrow('niet het gesprek van');
		await expect(fetchConversation(intro, '/x.json', answer('niet gevonden', 404))).rejects.toThrow('/x.json: 404');
	});
});
