import type { Page } from 'playwright-core';

/** Signs in through the header's dialog, as a user would, and waits until the header shows the account. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('sign-in').click();
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(password);
  await page.locator('[data-testid=sign-in-dialog] button[type=submit]').click();
  await page.getByTestId('auth-user').waitFor({ timeout: 15_000 });
}
