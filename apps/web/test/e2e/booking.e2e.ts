import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays, todayIn } from '../../src/day-view/wall-clock';
import { type Stack, startStack } from './stack';

// Artefacts for a person to look at when this fails; test-results/ is not committed.
const screenshots = fileURLToPath(new URL('../../test-results/e2e/', import.meta.url));
mkdirSync(screenshots, { recursive: true });
const snap = (page: Page, name: string) =>
  page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const password = 'correct horse battery staple';
const tomorrow = addDays(todayIn('UTC'), 1);

async function signUp(page: Page, name: string, email: string) {
  await page.goto(stack.webUrl);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Password').fill(password);
  // Submitting with Enter: the forms work from the keyboard.
  await page.getByLabel('Password').press('Enter');
  await page.getByRole('heading', { name: 'Your organizations' }).waitFor();
}

/** The error text a field is described by, once the field is marked invalid. */
async function fieldError(page: Page, label: string): Promise<string | null> {
  const field = page.getByLabel(label, { exact: true });
  await page.locator('[aria-invalid="true"]').first().waitFor();
  const describedBy = await field.getAttribute('aria-describedby');
  return describedBy && page.locator(`[id="${describedBy}"]`).textContent();
}

it('signs up, sets up an organization, books a slot, sees it live elsewhere, explains errors', async () => {
  const alice = await (await stack.browser.newContext()).newPage();
  const bob = await (await stack.browser.newContext()).newPage();

  await signUp(bob, 'Bob Booker', 'bob@example.com');
  await signUp(alice, 'Alice Admin', 'alice@example.com');

  await alice.getByLabel('Name').fill('Acme Test');
  await alice.getByLabel('Address').fill('Acme Test');
  await alice.getByLabel('Time zone').fill('UTC');
  await alice.getByRole('button', { name: 'Create organization' }).click();
  // The server's field error sits next to (and describes) the field it is about.
  expect(await fieldError(alice, 'Address')).toBe(
    'Lowercase letters, digits and single dashes only',
  );
  await snap(alice, 'field-error');
  await alice.getByLabel('Address').fill('acme-e2e');
  await alice.getByRole('button', { name: 'Create organization' }).click();
  await alice.getByRole('heading', { name: 'Resources' }).waitFor();

  await alice.getByLabel('Name').fill('Blue Room');
  await alice.getByLabel('Kind').selectOption('room');
  await alice.getByLabel('Capacity').fill('6');
  await alice.getByRole('button', { name: 'Add resource' }).click();
  await alice.getByRole('link', { name: 'Blue Room' }).click();
  await alice.getByRole('heading', { name: 'Blue Room' }).waitFor();
  const dayViewUrl = `${alice.url().split('?')[0]}?date=${tomorrow}`;

  await alice.getByRole('link', { name: 'Members' }).click();
  await alice.getByLabel('Email').fill('bob@example.com');
  await alice.getByRole('button', { name: 'Add member' }).click();
  await alice.getByRole('cell', { name: 'Bob Booker', exact: true }).waitFor();

  // Bob watches the day view; Alice books on it.
  await bob.goto(dayViewUrl);
  await bob.getByRole('heading', { name: 'Blue Room' }).waitFor();
  await bob.getByRole('button', { name: 'Book 10:00–11:00' }).waitFor();
  await alice.goto(dayViewUrl);
  await alice.getByLabel('Title').fill('Quarterly planning');
  await alice.getByRole('button', { name: 'Book 10:00–11:00' }).click();

  await alice.getByRole('status').getByText('Booked 10:00–11:00: Quarterly planning').waitFor();
  const schedule = (page: Page) => page.getByRole('list', { name: 'Schedule' });
  await schedule(alice).getByText('Quarterly planning').waitFor();
  await snap(alice, 'booked');

  // Bob's open page learns of it through the subscription, without reloading.
  await schedule(bob).getByText('Quarterly planning').waitFor();
  await schedule(bob).getByText('booked by Alice Admin').waitFor();
  expect(await bob.getByRole('button', { name: 'Book 10:00–11:00' }).count()).toBe(0);
  await snap(bob, 'seen-live');

  // Asking for the taken time anyway: the database refuses, and the page says why.
  await bob.getByLabel('Title').fill('Clash');
  await bob.getByLabel('Start time').fill('10:30');
  await bob.getByRole('button', { name: 'Book', exact: true }).click();
  const alert = bob.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toBe('That slot was just taken. Pick another time.');
  await snap(bob, 'conflict');

  // Alice moves her booking, then cancels it; Bob's page follows both, live.
  await alice.getByRole('link', { name: 'My bookings' }).click();
  await alice.getByRole('button', { name: 'Reschedule' }).click();
  await alice.getByLabel('Start', { exact: true }).fill('12:00');
  await alice.getByLabel('End', { exact: true }).fill('13:00');
  await alice.getByRole('button', { name: 'Save new time' }).click();
  await alice.getByText(`Quarterly planning · Blue Room · ${tomorrow} 12:00–13:00`).waitFor();
  await bob.getByRole('button', { name: 'Book 10:00–11:00' }).waitFor();
  expect(await bob.getByRole('button', { name: 'Book 12:00–13:00' }).count()).toBe(0);

  await alice.getByRole('button', { name: 'Cancel booking' }).click();
  await alice.getByText('No upcoming bookings.').waitFor();
  await bob.getByRole('button', { name: 'Book 12:00–13:00' }).waitFor();
  expect(await schedule(bob).getByText('Quarterly planning').count()).toBe(0);

  await bob.getByRole('button', { name: 'Sign out' }).click();
  await bob.getByRole('heading', { name: 'Sign in to Rota' }).waitFor();
  await bob.goto(dayViewUrl);
  await bob.getByRole('heading', { name: 'Sign in to Rota' }).waitFor();
});
