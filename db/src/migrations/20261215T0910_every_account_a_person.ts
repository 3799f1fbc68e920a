import { type Kysely, sql } from 'kysely';

// Frozen in time: every account is a person in the directory, so staff can be named as the person
// responsible for an item and the person picker finds them. Accounts without a person get one:
// the only person of their office without an account whose name key (people.name_key, migration
// 20261210T0910) matches the display name, else a new person with that name in that office. A
// person two accounts would match, or an account two people match, is matched by no one: each of
// those accounts gets a person of its own. Each link and each new person is recorded as the app
// records them (PersonLinkedToAccount, PersonCreated with source 'account'), by the system.
// Plain SQL that PostgreSQL 15 and later accept.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`with namesakes as (
      select u.id as user_id, p.id as person_id,
        count(*) over (partition by u.id) as per_account,
        count(*) over (partition by p.id) as per_person
      from users u
      join people p on p.organization_id = u.organization_id
        and p.name_key = public.tindak_person_name_key(u.display_name)
        and p.name_key <> ''
      where u.person_id is null
        and not exists (select 1 from users holder where holder.person_id = p.id)
    ),
    linked as (
      update users u set person_id = n.person_id
      from namesakes n
      where n.user_id = u.id and n.per_account = 1 and n.per_person = 1
      returning u.id as user_id, u.person_id
    )
    insert into events (actor_id, aggregate_type, aggregate_id, event_type, payload)
    select null, 'person', person_id::text, 'PersonLinkedToAccount', jsonb_build_object('userId', user_id::text)
    from linked`.execute(db);

  // A CTE holding a volatile function is evaluated once, so each account keeps the id drawn for it.
  await sql`with missing as (
      select id as user_id, display_name, organization_id, gen_random_uuid() as person_id
      from users where person_id is null
    ),
    made as (
      insert into people (id, full_name, organization_id)
      select person_id, display_name, organization_id from missing
      returning id
    ),
    linked as (
      update users u set person_id = m.person_id
      from missing m where m.user_id = u.id
      returning u.id
    )
    insert into events (actor_id, aggregate_type, aggregate_id, event_type, payload)
    select null, 'person', m.person_id::text, 'PersonCreated', jsonb_build_object(
      'fullName', m.display_name, 'position', null, 'organizationId', m.organization_id::text,
      'hasNip', false, 'source', 'account', 'userId', m.user_id::text)
    from missing m
    where m.person_id in (select id from made) and m.user_id in (select id from linked)`.execute(db);

  await sql`alter table users alter column person_id set not null`.execute(db);
  // A plain unique constraint now that no account lacks a person (the partial index allowed nulls).
  await sql`drop index users_person_uq`.execute(db);
  await sql`alter table users add constraint users_person_uq unique (person_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table users drop constraint users_person_uq`.execute(db);
  await sql`create unique index users_person_uq on users (person_id) where person_id is not null`.execute(db);
  await sql`alter table users alter column person_id drop not null`.execute(db);
}
