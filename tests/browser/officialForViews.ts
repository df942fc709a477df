import { createMeetingInput } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import postgres from 'postgres';
import type { SessionUser } from '../../server/src/auth/sessions.ts';
import { insertOrganisation } from '../../server/src/organisations/organisationStore.ts';
import { createMeeting } from '../../server/src/review/saveMeeting.ts';
import { todayIso } from '../../server/src/review/solarDays.ts';
import { createUser } from '../../server/src/users/createUser.ts';

/** An admin to sign in as, and a meeting and an organisation of Zanjan for the officials' pages. */
export interface Official {
  username: string;
  password: string;
  meeting: number;
  organisation: number;
}

/**
 * Prepares what the officials' views of portalViews.ts show, through the server's own domain functions on
 * the test database: an admin, an organisation of Zanjan and a meeting of 1398/07 with one decision.
 */
export async function officialForViews(databaseUrl: string): Promise<Official> {
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const sql = client as unknown as Sql;
  try {
    const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const username = `views-${suffix}`;
    const password = 'a-long-enough-views-password';
    const row = await createUser(sql, {
      username,
      role: 'admin',
      provinces: [],
      password,
      // The header shows the display name: a Persian one, as the Persian UI's own text is checked.
      display_name: 'مدیر آزمون',
    });
    const user: SessionUser = {
      id: row.id,
      username,
      displayName: 'مدیر آزمون',
      role: 'admin',
      provinces: [],
      csrfToken: '',
      tokenHash: '',
      expiresAt: new Date(Date.now() + 3_600_000),
      idleExpiresAt: new Date(Date.now() + 3_600_000),
    };
    const organisation = await insertOrganisation(sql, user, {
      // Each walk makes its own (names are unique); the suffix in Persian digits keeps the page Persian.
      name_fa: `فرمانداری شهرستان ایجرود ${[...suffix]
        .map((ch) => ch.charCodeAt(0) % 10)
        .map((d) => '۰۱۲۳۴۵۶۷۸۹'[d])
        .join('')}`,
      kind: 'government_agency',
      province: 'IR-19',
    });
    const meeting = await createMeeting(
      sql,
      user,
      createMeetingInput.parse({
        province: 'IR-19',
        held_on: '1398/07/17',
        body: 'ستاد برنامه‌ریزی شهرستان ایجرود',
        present_org_ids: [organisation],
        agenda_counties: ['osm-6554899'],
        decisions: [
          {
            number: 1,
            text: 'پیش‌نویس سند برنامه تا پایان مهر به دبیرخانه ارسال شود',
            executing_org_id: organisation,
            deadline: '1398/07/30',
          },
        ],
      }),
      todayIso(new Date()),
    );
    return { username, password, meeting, organisation };
  } finally {
    await client.end();
  }
}
