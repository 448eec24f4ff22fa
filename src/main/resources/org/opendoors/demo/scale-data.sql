-- Realistic volumes for measuring the lists, written in bulk from MariaDB's sequence tables (seq_1_to_N).
-- md5 of a label and the row number picks each word, so the lists vary independently (crc32 would tie them together).
-- {name} placeholders are the volumes, filled in by ScaleDataGenerator; every row gets an explicit id above the
-- highest existing one, so the statements can refer to the rows made before them. Young people appear only as
-- references (YP-12345); people and organisations are made up from word lists; e-mail domains end in .example.

create or replace table gen_word (list varchar(10), n int, word varchar(40), primary key (list, n));
insert into gen_word select 'place', seq - 1, elt(seq, 'Harbour', 'Kingsway', 'Estuary', 'Northgate', 'Pier Road', 'Seafront',
    'Borough', 'Anytown', 'Castle', 'Riverside', 'Meadow', 'Westcliff', 'Eastbrook', 'Hillside', 'Market', 'Station', 'Abbey',
    'Beacon', 'Bridge', 'Clifftop', 'Dockside', 'Elmwood', 'Fairway', 'Greenway', 'Highfield', 'Ironworks', 'Jubilee',
    'Lighthouse', 'Marina', 'Newport', 'Oakfield', 'Parkside', 'Quayside', 'Redcliffe', 'Southend', 'Tideway', 'Union',
    'Victoria', 'Wharf', 'Yardley') from seq_1_to_40;
insert into gen_word select 'trade', seq - 1, elt(seq, 'Construction', 'Care', 'Hotels', 'Digital', 'Community', 'Facilities',
    'Motors', 'Logistics', 'Retail', 'Engineering', 'Catering', 'Print', 'Electrical', 'Landscapes', 'Dental', 'Pharmacy',
    'Solutions', 'Builders', 'Training', 'Housing') from seq_1_to_20;
insert into gen_word select 'suffix', seq - 1, elt(seq, 'Ltd', 'Ltd', 'Group', 'Partnership', '& Co', 'Services', 'CIC', 'Trust',
    'Holdings', 'LLP') from seq_1_to_10;
insert into gen_word select 'sector', seq - 1, elt(seq, 'Construction', 'Health and social care', 'Hospitality',
    'Digital and technology', 'Charity and voluntary', 'Facilities management', 'Motor trade', 'Transport and logistics',
    'Retail', 'Engineering and manufacturing', 'Finance and professional services', 'Public services') from seq_1_to_12;
insert into gen_word select 'first', seq - 1, elt(seq, 'Sam', 'Alex', 'Priya', 'Tom', 'Aisha', 'Ben', 'Chloe', 'Dan', 'Ella',
    'Femi', 'Grace', 'Hassan', 'Isla', 'Jack', 'Kiran', 'Laura', 'Mo', 'Nadia', 'Owen', 'Ruth', 'Sofia', 'Tariq', 'Uma',
    'Will', 'Zara') from seq_1_to_25;
insert into gen_word select 'last', seq - 1, elt(seq, 'Taylor', 'Patel', 'Smith', 'Okafor', 'Jones', 'Khan', 'Brown', 'Evans',
    'Wilson', 'Nowak', 'Hughes', 'Ali', 'Wood', 'Clarke', 'Murphy', 'Singh', 'Walker', 'Green', 'Adeyemi', 'Price')
    from seq_1_to_20;
insert into gen_word select 'event', seq - 1, elt(seq, 'Pledge breakfast', 'Insight session', 'Careers fair', 'Employer network',
    'Webinar: getting started', 'Apprenticeship open day', 'Mock interview morning', 'Work experience showcase') from seq_1_to_8;

create temporary table gen_area (n int primary key, name varchar(100)) select row_number() over (order by id) - 1 as n, name
    from area where active;
create temporary table gen_type (n int primary key, id bigint, name varchar(100)) select row_number() over (order by id) - 1 as n,
    id, name from offer_type where active;
set @areas = (select count(*) from gen_area), @types = (select count(*) from gen_type);
set @now = now(6), @today = curdate();

-- Staff: 20 engagement officers, 60 personal advisers and 10 procurement officers (random passwords nobody knows).
set @user0 = (select coalesce(max(id), 0) from user_account);
insert into user_account (id, version, email, display_name, password_hash, password_changed_at, must_change_password, enabled)
select @user0 + seq, 0, concat(lower(f.word), '.', lower(l.word), '.', seq, '@council.example'), concat(f.word, ' ', l.word),
       '{passwordHash}', @now, false, true
from seq_1_to_90 join gen_word f on f.list = 'first' and f.n = seq % 25 join gen_word l on l.list = 'last' and l.n = (seq * 7) % 20;
insert into user_account_role (user_account_id, role)
select @user0 + seq, case when seq <= 20 then 'ENGAGEMENT' when seq <= 80 then 'ADVISER' else 'PROCUREMENT' end from seq_1_to_90;

-- Organisations: names from word lists, statuses mixed, created over three years; PLEDGED ones have a pledge in force,
-- half the ENGAGED ones are vetted, a few are possible duplicates of or merged into the one before. Written whole in one
-- insert: an update afterwards would rewrite every list index and fire the board's and wall's triggers on each row.
set @org0 = (select coalesce(max(id), 0) from organisation);
insert into organisation (id, version, name, sector, area, status, organisation_type, size_band, postcode, website,
    companies_house_number, email_domain, contact_consent, wall_consent, owner_user_id, created_at, pledge_in_force,
    vetted_at, vetted_by, possible_duplicate_of, merged_into)
select g.id, 0, concat(p.word, ' ', t.word, ' ', x.word), s.word, a.name, g.status,
       elt(1 + seq % 10, 'BUSINESS', 'BUSINESS', 'BUSINESS', 'BUSINESS', 'BUSINESS', 'CONTRACTOR', 'CONTRACTOR', 'PARTNER',
           'CHARITY', 'PUBLIC_BODY'),
       elt(1 + seq % 4, 'MICRO', 'SMALL', 'MEDIUM', 'LARGE'),
       concat('AT', 1 + seq % 9, ' ', seq % 10, char(65 + seq % 26), char(65 + (seq div 26) % 26)),
       concat('https://www.', lower(replace(p.word, ' ', '')), lower(t.word), seq, '.example'),
       if(seq % 10 = 0, null, lpad(seq, 8, '0')),
       concat(lower(replace(p.word, ' ', '')), lower(t.word), seq, '.example'),
       seq % 3 > 0, seq % 4 > 0, @user0 + 1 + seq % 20, g.created_at, g.status = 'PLEDGED',
       if(g.status = 'ENGAGED' and g.id % 2 = 0, g.created_at + interval 20 day, null),
       if(g.status = 'ENGAGED' and g.id % 2 = 0, 'engagement@council.example', null),
       if(g.id % 250 = 7 and seq > 1, g.id - 1, null), if(g.id % 400 = 11 and seq > 1, g.id - 1, null)
from (select seq, @org0 + seq as id,
             elt(1 + conv(left(md5(concat('status', seq)), 8), 16, 10) % 20, 'PROSPECT', 'PROSPECT', 'PROSPECT', 'PROSPECT', 'PROSPECT',
                 'PROSPECT', 'ENGAGED', 'ENGAGED', 'ENGAGED', 'ENGAGED', 'ENGAGED', 'ENGAGED', 'ENGAGED', 'PLEDGED', 'PLEDGED',
                 'PLEDGED', 'PLEDGED', 'PLEDGED', 'LAPSED', 'LAPSED') as status,
             @now - interval conv(left(md5(concat('created', seq)), 8), 16, 10) % 1095 day - interval seq % 86400 second as created_at
      from seq_1_to_{organisations}) g
join gen_word p on p.list = 'place' and p.n = conv(left(md5(concat('place', seq)), 8), 16, 10) % 40
join gen_word t on t.list = 'trade' and t.n = conv(left(md5(concat('trade', seq)), 8), 16, 10) % 20
join gen_word x on x.list = 'suffix' and x.n = conv(left(md5(concat('suffix', seq)), 8), 16, 10) % 10
join gen_word s on s.list = 'sector' and s.n = conv(left(md5(concat('sector', seq)), 8), 16, 10) % 12
join gen_area a on a.n = conv(left(md5(concat('area', seq)), 8), 16, 10) % @areas;

-- One or two contacts at each organisation.
set @contact0 = (select coalesce(max(id), 0) from contact);
insert into contact (id, version, organisation_id, name, job_title, email, phone)
select @contact0 + seq, 0, o.id, concat(f.word, ' ', l.word),
       elt(1 + seq % 5, 'HR manager', 'Director', 'Operations manager', 'Recruitment lead', 'Owner'),
       concat(lower(f.word), '.', lower(l.word), '@', o.email_domain), concat('01632 96', lpad(seq % 10000, 4, '0'))
from seq_1_to_{contacts} join organisation o on o.id = @org0 + 1 + (seq - 1) % {organisations}
join gen_word f on f.list = 'first' and f.n = conv(left(md5(concat('cf', seq)), 8), 16, 10) % 25
join gen_word l on l.list = 'last' and l.n = conv(left(md5(concat('cl', seq)), 8), 16, 10) % 20;

-- Pledges: in force for PLEDGED organisations, lapsed for LAPSED ones, waiting for approval at some ENGAGED ones.
set @pledge0 = (select coalesce(max(id), 0) from pledge);
insert into pledge (id, version, organisation_id, status, start_date, submitted_at, approved_on, renewal_due_on,
    reminder_30_sent, reminder_7_sent, created_at)
select @pledge0 + row_number() over (order by o.id), 0, o.id,
       case o.status when 'PLEDGED' then if(o.id % 3 = 0, 'RENEWED', 'APPROVED') when 'LAPSED' then 'LAPSED' else 'SUBMITTED' end,
       if(o.status = 'ENGAGED', null, date(o.created_at) + interval 30 day), o.created_at + interval 14 day,
       if(o.status = 'ENGAGED', null, date(o.created_at) + interval 30 day),
       if(o.status = 'ENGAGED', null, date(o.created_at) + interval 395 day), false, false, o.created_at + interval 7 day
from organisation o where o.id > @org0 and (o.status in ('PLEDGED', 'LAPSED') or (o.status = 'ENGAGED' and o.id % 5 = 0));
insert into pledge_commitment (version, pledge_id, commitment_id, yearly_quantity)
select 0, p.id, c.id, 1 + p.id % 6 from pledge p join commitment c on c.id in (1 + p.id % 11, 1 + (p.id + 5) % 11)
where p.id > @pledge0 and c.active;

-- Offers: one of the catalogue's types, dated, recurring or on request, at the organisation's sector and area.
set @offer0 = (select coalesce(max(id), 0) from offer);
insert into offer (id, version, organisation_id, offer_type_id, title, description, mode, timing, starts_on, recurrence, places,
    sector, area, location, ringfenced, status, created_at)
select @offer0 + seq, 0, o.id, t.id, left(concat(t.name, ' at ', o.name), 150),
       if(seq % 4 = 0, concat('A ', lower(t.name), ' for care leavers, with a named contact on the day.'), null),
       elt(1 + conv(left(md5(concat('mode', seq)), 8), 16, 10) % 8, 'IN_PERSON', 'IN_PERSON', 'IN_PERSON', 'IN_PERSON', 'IN_PERSON', 'VIRTUAL',
           'VIRTUAL', 'EITHER'),
       g.timing,
       case g.timing when 'ON_DATE' then date(g.created_at) + interval 7 + seq % 180 day
                     when 'RECURRING' then date(g.created_at) + interval seq % 28 day end,
       if(g.timing = 'RECURRING', elt(1 + seq % 3, 'Every Tuesday', 'First Monday of the month', 'Fortnightly on Thursdays'), null),
       1 + seq % 10, o.sector, if(seq % 5 = 0, a.name, o.area), if(seq % 3 = 0, o.postcode, null), seq % 5 = 0,
       case when g.timing = 'ON_DATE' and date(g.created_at) + interval 7 + seq % 180 day < @today then 'CLOSED'
            else elt(1 + conv(left(md5(concat('ostatus', seq)), 8), 16, 10) % 10, 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'FULL',
                     'CLOSED', 'CLOSED') end,
       g.created_at
from (select seq, elt(1 + conv(left(md5(concat('timing', seq)), 8), 16, 10) % 4, 'ON_DATE', 'ON_DATE', 'RECURRING', 'ON_REQUEST') as timing,
             @now - interval conv(left(md5(concat('offered', seq)), 8), 16, 10) % 1095 day - interval seq % 86400 second as created_at
      from seq_1_to_{offers}) g
join organisation o on o.id = @org0 + 1 + conv(left(md5(concat('offerorg', g.seq)), 8), 16, 10) % {organisations}
join gen_type t on t.n = conv(left(md5(concat('type', g.seq)), 8), 16, 10) % @types
join gen_area a on a.n = g.seq % @areas;

-- Deliveries against every fifth offer or so, never in the future.
set @delivery0 = (select coalesce(max(id), 0) from delivery);
insert into delivery (id, version, offer_id, organisation_id, delivered_on, young_people, hours)
select @delivery0 + seq, 0, o.id, o.organisation_id, least(coalesce(o.starts_on, date(o.created_at) + interval 14 day), @today),
       1 + seq % 6, 1 + seq % 8 * 0.5
from seq_1_to_{deliveries} join offer o on o.id = @offer0 + 1 + (seq - 1) * {offers} div {deliveries};

-- Advisers' place requests for young people, by reference only.
set @request0 = (select coalesce(max(id), 0) from place_request);
insert into place_request (id, version, offer_id, organisation_id, adviser_user_id, young_person_ref, age_band, area, hopes, status,
    employer_note, created_at)
select @request0 + seq, 0, o.id, o.organisation_id, @user0 + 21 + seq % 60, concat('YP-', lpad(conv(left(md5(concat('yp', seq)), 8), 16, 10) % 100000, 5, '0')),
       elt(1 + seq % 3, 'AGE_16_17', 'AGE_18_20', 'AGE_21_25'), coalesce(o.area, 'Central'),
       elt(1 + seq % 4, 'Wants to try an office job and build confidence.', 'Interested in trades; has a CSCS card.',
           'Looking for weekend work around college.', 'Keen on cooking; would like a kitchen placement.'),
       case when seq % 2 = 0 then 'PLACED' else elt(1 + seq % 7, 'REQUESTED', 'REQUESTED', 'ACCEPTED', 'DECLINED', 'ACCEPTED',
           'REQUESTED', 'DECLINED') end,
       if(seq % 7 = 3, 'Sorry, the places have gone.', null), o.created_at + interval 3 day
from seq_1_to_{requests} join offer o on o.id = @offer0 + 1 + (seq * 7 - 1) % {offers};

-- Engagement asks: the team proposing an offer type to an organisation by e-mail; answered, chased, expired, or waiting
-- (sent in the last two days, so the hourly job has nobody to chase or expire yet).
set @ask0 = (select coalesce(max(id), 0) from engagement_ask);
insert into engagement_ask (id, version, organisation_id, offer_type_id, proposed_at, details, status, token_hash, link_expires_at,
    link_used_at, sent_at, chased_at, created_by_user_id)
select @ask0 + seq, 0, @org0 + 1 + conv(left(md5(concat('askorg', seq)), 8), 16, 10) % {organisations}, t.id,
       g.sent_at + interval 21 day, 'A morning for Year 10 pupils, dates to suit you.',
       elt(1 + seq % 5, 'ACCEPTED', 'DECLINED', 'EXPIRED', 'SENT', 'ACCEPTED'), sha2(concat('ask', @ask0 + seq), 256),
       g.sent_at + interval 14 day, if(seq % 5 in (0, 1, 4), g.sent_at + interval 2 day, null), g.sent_at,
       if(seq % 3 = 0 and seq % 5 <> 3, g.sent_at + interval 3 day, null), @user0 + 1 + seq % 20
from (select seq, if(seq % 5 = 3, @now - interval seq % 48 hour,
        @now - interval 3 + conv(left(md5(concat('asked', seq)), 8), 16, 10) % 1095 day) as sent_at from seq_1_to_{asks}) g
join gen_type t on t.n = seq % @types;

-- Placements (half from those requests) with their 13-, 26- and 52-week sustainment checks.
set @placement0 = (select coalesce(max(id), 0) from placement);
insert into placement (id, version, young_person_ref, organisation_id, offer_id, offer_type_id, place_request_id, start_date,
    owner_user_id, outcome, outcome_on)
select @placement0 + seq, 0, coalesce(r.young_person_ref, concat('YP-', lpad(conv(left(md5(concat('pl', seq)), 8), 16, 10) % 100000, 5, '0'))),
       coalesce(r.organisation_id, @org0 + 1 + conv(left(md5(concat('plorg', seq)), 8), 16, 10) % {organisations}), r.offer_id,
       coalesce(o.offer_type_id, (select id from gen_type where n = seq % @types)), r.id, g.start_date, @user0 + 21 + seq % 60,
       if(g.start_date < @today - interval 1 year, elt(1 + seq % 5, 'COMPLETED', 'LEFT_EARLY', 'PROGRESSED_TO_EMPLOYMENT',
           'PROGRESSED_TO_APPRENTICESHIP', 'PROGRESSED_TO_EDUCATION'), null),
       if(g.start_date < @today - interval 1 year, g.start_date + interval 200 day, null)
from (select seq, @today - interval conv(left(md5(concat('start', seq)), 8), 16, 10) % 1095 day as start_date from seq_1_to_{placements}) g
left join place_request r on g.seq % 2 = 0 and r.id = @request0 + g.seq and r.status = 'PLACED'
left join offer o on o.id = r.offer_id;
insert into sustainment_check (version, placement_id, weeks, due_on, result, checked_on, reminder_sent)
select 0, p.id, w.weeks, p.start_date + interval w.weeks week,
       if(p.start_date + interval w.weeks week < @today and p.id % 10 > 0, if(p.id % 6 = 0, 'NOT_IN_EET', 'IN_EET'), null),
       if(p.start_date + interval w.weeks week < @today and p.id % 10 > 0, p.start_date + interval w.weeks week + interval 3 day, null),
       p.start_date + interval w.weeks week < @today
from placement p join (select 13 as weeks union all select 26 union all select 52) w where p.id > @placement0;

-- Events over three years with their sign-ups (employers' staff: names are fine, young people never sign up).
set @event0 = (select coalesce(max(id), 0) from engagement_event);
insert into engagement_event (id, version, title, event_type, description, starts_at, ends_at, venue, address, capacity,
    signup_opens_at, signup_closes_at, audience, ask_dietary, ask_access, status, confirmed_count, waitlist_sequence, created_at)
select @event0 + seq, 0, concat(w.word, ' – ', a.name), elt(1 + seq % 5, 'PLEDGE_BREAKFAST', 'INSIGHT_SESSION', 'CAREERS_FAIR',
           'EMPLOYER_NETWORK', 'WEBINAR'),
       'Meet other employers and the leaving-care team.', g.starts_at, g.starts_at + interval 2 hour,
       concat(a.name, ' Community Hall'), concat(seq % 200 + 1, ' High Street, Anytown'),
       greatest(1, {signups} div {events} * 9 div 10), g.starts_at - interval 60 day, g.starts_at - interval 1 day,
       elt(1 + seq % 3, 'EMPLOYERS', 'ADVISERS', 'BOTH'), true, true,
       elt(1 + seq % 20, 'DRAFT', 'CANCELLED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED',
           'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED',
           'PUBLISHED', 'PUBLISHED', 'PUBLISHED'),
       0, 0, g.starts_at - interval 90 day
from (select seq, timestamp(@today - interval 730 day + interval (seq * 1095 div {events}) day, '09:30') as starts_at
      from seq_1_to_{events}) g
join gen_word w on w.list = 'event' and w.n = seq % 8 join gen_area a on a.n = seq % @areas;
set @signup0 = (select coalesce(max(id), 0) from event_signup);
insert into event_signup (id, version, event_id, name, organisation_name, organisation_id, email, status, waitlist_sequence,
    over_capacity, token_hash, attended, walk_in, reminder_days_sent, reminder_hours_sent, created_at)
select @signup0 + g.seq, 0, e.id, concat(f.word, ' ', l.word), o.name, o.id,
       concat(lower(f.word), '.', lower(l.word), '.', g.seq, '@', o.email_domain),
       case when g.seq % 20 = 0 then 'CANCELLED' when g.place > e.capacity then 'WAITLISTED' else 'CONFIRMED' end,
       if(g.seq % 20 <> 0 and g.place > e.capacity, g.place - e.capacity, null), false, sha2(concat('signup', @signup0 + g.seq), 256),
       e.starts_at < @now and g.seq % 20 <> 0 and g.place <= e.capacity and g.seq % 7 > 0, false,
       e.starts_at < @now, e.starts_at < @now, e.signup_opens_at + interval g.place minute
from (select seq, @event0 + 1 + (seq - 1) % {events} as event_id, 1 + (seq - 1) div {events} as place
      from seq_1_to_{signups}) g
join engagement_event e on e.id = g.event_id
join organisation o on o.id = @org0 + 1 + conv(left(md5(concat('signuporg', g.seq)), 8), 16, 10) % {organisations}
join gen_word f on f.list = 'first' and f.n = conv(left(md5(concat('sf', g.seq)), 8), 16, 10) % 25
join gen_word l on l.list = 'last' and l.n = conv(left(md5(concat('sl', g.seq)), 8), 16, 10) % 20;
update engagement_event e join (select event_id, sum(status = 'CONFIRMED') as confirmed,
    coalesce(max(waitlist_sequence), 0) as waitlisted from event_signup where event_id > @event0 group by event_id) s
    on s.event_id = e.id
set e.confirmed_count = s.confirmed, e.waitlist_sequence = s.waitlisted;

-- Social value contracts with contractors, their KPIs, reporting periods and the returns due so far.
set @contract0 = (select coalesce(max(id), 0) from contract);
insert into contract (id, version, supplier_id, reference, title, value_pence, starts_on, ends_on, frequency, officer_user_id,
    created_at)
select @contract0 + seq, 0, o.id, concat('SV-GEN-', lpad(@contract0 + seq, 5, '0')),
       concat(elt(1 + seq % 5, 'Highways maintenance', 'School catering', 'Housing repairs', 'Waste collection', 'IT support'),
              ' – ', o.name), (50000 + seq * 7919 % 950000) * 100, g.starts_on, g.starts_on + interval 3 year,
       elt(1 + seq % 4, 'QUARTERLY', 'QUARTERLY', 'SIX_MONTHLY', 'ANNUAL'), @user0 + 81 + seq % 10, g.starts_on - interval 30 day
from (select seq, @today - interval (seq * 1095 div {contracts}) day as starts_on from seq_1_to_{contracts}) g
join organisation o on o.id = @org0 + 1 + (seq * 37) % {organisations};
insert into contract_kpi (version, contract_id, measure_id, target, target_kind)
select 0, c.id, m.id, 2 + c.id % 10, 'EACH_PERIOD' from contract c join measure m on m.active and m.id % 3 <> c.id % 3
where c.id > @contract0;
insert into reporting_period (version, contract_id, number, starts_on, ends_on, due_on)
select 0, c.id, s.seq, c.starts_on + interval (s.seq - 1) * g.months month, c.starts_on + interval s.seq * g.months month - interval 1 day,
       c.starts_on + interval s.seq * g.months month + interval 14 day
from contract c join (select 'QUARTERLY' as frequency, 3 as months union all select 'SIX_MONTHLY', 6 union all select 'ANNUAL', 12) g
    on g.frequency = c.frequency
join seq_1_to_12 s on s.seq * g.months <= 36
where c.id > @contract0;
set @return0 = (select coalesce(max(id), 0) from kpi_return);
insert into kpi_return (version, period_id, contract_id, status, narrative, grade, submitted_at, due_reminder_sent, overdue_sent)
select 0, p.id, p.contract_id, elt(1 + p.id % 8, 'ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'SUBMITTED', 'QUERIED', 'DRAFT',
           'ACCEPTED'),
       'Two care leavers started this period; one moved on to an apprenticeship.',
       if(p.id % 8 in (0, 1, 2, 3, 7), 1 + p.id % 4, null), if(p.id % 8 = 6, null, timestamp(p.due_on - interval 2 day, '16:00')),
       true, false
from reporting_period p join contract c on c.id = p.contract_id
where c.id > @contract0 and p.due_on < @today;
insert into return_line (version, return_id, kpi_id, actual, recorded)
select 0, r.id, k.id, k.target - 1 + r.id % 3, k.target - 1 + r.id % 3
from kpi_return r join contract_kpi k on k.contract_id = r.contract_id where r.id > @return0;

-- The CRM's activity log, with some next actions still open.
set @activity0 = (select coalesce(max(id), 0) from activity);
insert into activity (id, version, organisation_id, activity_type, occurred_on, owner_user_id, notes, next_action, next_action_on,
    next_action_done, reminder_sent)
select @activity0 + seq, 0, @org0 + 1 + conv(left(md5(concat('actorg', seq)), 8), 16, 10) % {organisations},
       elt(1 + seq % 5, 'CALL', 'MEETING', 'EMAIL', 'VISIT', 'QUARTERLY_CHECK_IN'), g.occurred_on, @user0 + 1 + seq % 20,
       elt(1 + seq % 4, 'Talked through the pledge and what a first offer could be.', 'Agreed dates for a workplace tour.',
           'Sent the guide to ringfenced interviews.', 'Quarterly check-in: two young people placed, both doing well.'),
       if(seq % 5 = 0, 'Follow up on offer dates', null), if(seq % 5 = 0, g.occurred_on + interval 14 day, null),
       seq % 5 = 0 and g.occurred_on < @today - interval 30 day, seq % 5 = 0 and g.occurred_on + interval 14 day < @today
from (select seq, @today - interval conv(left(md5(concat('occurred', seq)), 8), 16, 10) % 1095 day as occurred_on from seq_1_to_{activities}) g;

-- Sent e-mail of the last 30 days (older sent e-mail is purged nightly).
set @outbox0 = (select coalesce(max(id), 0) from outbound_email);
insert into outbound_email (id, version, recipient, subject, body, status, attempts, next_attempt_at, created_at, sent_at)
select @outbox0 + seq, 0, concat('contact', seq % 150000, '@', elt(1 + seq % 4, 'harbour', 'kingsway', 'estuary', 'northgate'),
           'mail.example'),
       elt(1 + seq % 4, 'Your pledge has been approved', 'Reminder: your event is tomorrow', 'A place request for your offer',
           'Your social value return is due'),
       'Hello,\n\nThis is a message from Open Doors.\n\nThe leaving-care employer engagement team', 'SENT', 1, g.created_at,
       g.created_at, g.created_at + interval 2 second
from (select seq, @now - interval seq * 2592000 div {outbox} second as created_at from seq_1_to_{outbox}) g;

-- Audit history: every generated organisation, offer and placement as created, 100 rows to a revision.
set @rev0 = (select coalesce(max(id), 0) from audit_revision);
insert into audit_revision (id, changed_at, username)
select @rev0 + seq, unix_timestamp(@now - interval seq minute) * 1000, 'scale-generator'
from seq_1_to_{revisions};
insert into audit_revision_entity (revision_id, entity_name)
select distinct @rev0 + 1 + (id - @org0 - 1) div 100 % {revisions}, 'org.opendoors.organisation.Organisation'
from organisation where id > @org0;
insert into organisation_aud (id, rev, revtype, version, name, sector, area, status, organisation_type, size_band, postcode,
    website, companies_house_number, email_domain, contact_consent, wall_consent, owner_user_id, possible_duplicate_of, merged_into,
    created_at, pledge_in_force, vetted_at, vetted_by)
select id, @rev0 + 1 + (id - @org0 - 1) div 100 % {revisions}, 0, version, name, sector, area, status, organisation_type,
       size_band, postcode, website, companies_house_number, email_domain, contact_consent, wall_consent, owner_user_id,
       possible_duplicate_of, merged_into, created_at, pledge_in_force, vetted_at, vetted_by
from organisation where id > @org0;
insert ignore into audit_revision_entity (revision_id, entity_name)
select distinct @rev0 + 1 + (id - @offer0 - 1) div 100 % {revisions}, 'org.opendoors.offer.Offer' from offer where id > @offer0;
insert into offer_aud (id, rev, revtype, version, organisation_id, offer_type_id, title, description, mode, timing, starts_on,
    recurrence, places, sector, area, location, eligibility, ringfenced, commitment_id, status, created_at)
select id, @rev0 + 1 + (id - @offer0 - 1) div 100 % {revisions}, 0, version, organisation_id, offer_type_id, title, description,
       mode, timing, starts_on, recurrence, places, sector, area, location, eligibility, ringfenced, commitment_id, status, created_at
from offer where id > @offer0;
insert ignore into audit_revision_entity (revision_id, entity_name)
select distinct @rev0 + 1 + (id - @placement0 - 1) div 100 % {revisions}, 'org.opendoors.brokerage.Placement'
from placement where id > @placement0;
insert into placement_aud (id, rev, revtype, version, young_person_ref, organisation_id, offer_id, offer_type_id, place_request_id,
    start_date, owner_user_id, outcome, outcome_on, outcome_reason, contract_id)
select id, @rev0 + 1 + (id - @placement0 - 1) div 100 % {revisions}, 0, version, young_person_ref, organisation_id, offer_id,
       offer_type_id, place_request_id, start_date, owner_user_id, outcome, outcome_on, outcome_reason, contract_id
from placement where id > @placement0;

drop table gen_word;
analyze table organisation, contact, pledge, offer, delivery, place_request, placement, sustainment_check, engagement_event,
    event_signup, contract, kpi_return, activity, outbound_email, audit_revision;

-- ===== Strategy: action plans, recommendations, success measures, milestones, progress rounds and entries =====
-- Kept apart from the sections above (it uses only its own variables). Plans agreed over the last five years, each
-- with recommendations (agreed actions one per line, responsibility, date), a narrative success measure each and a
-- live one for two in three (a figure Open Doors counts, with two dated milestones), and a progress round every six
-- months since the plan was agreed with an entry per recommendation; the latest round of every third plan, from the
-- second, is a draft.
-- The live measures are read from the offers, placements and organisations written above: those are their readings.
set @strategy_today = curdate(), @strategy_now = now(6);
set @plan0 = (select coalesce(max(id), 0) from action_plan);
insert into action_plan (id, version, title, committee, link_officers, agreed_on, created_at)
select @plan0 + seq, 0,
       concat(elt(1 + seq % 10, 'Review of Care Leavers EET', 'Youth Employment Strategy', 'Corporate Parenting Action Plan',
           'Review of Apprenticeships in the Council', 'Supported Internships Review', 'Employer Engagement Plan',
           'Review of Post-16 Transitions', 'Social Value in Procurement Review', 'Care Leavers Covenant Plan',
           'Work Experience for All Review'), if(seq > 10, concat(' (', 2020 + seq % 7, ')'), '')),
       elt(1 + seq % 3, 'Children and Young People Select Committee', 'People Select Committee', 'Place Select Committee'),
       elt(1 + seq % 4, 'Alex Morgan', 'Alex Morgan/Sam Okafor', 'Priya Patel', 'Tom Hughes/Grace Evans'),
       g.agreed_on, timestamp(g.agreed_on)
from (select seq, @strategy_today - interval dayofmonth(@strategy_today) - 1 day - interval 3 + seq * 57 div {plans} month as agreed_on
      from seq_1_to_{plans}) g;
set @recommendation0 = (select coalesce(max(id), 0) from recommendation);
insert into recommendation (id, version, plan_id, number, text, actions, responsibility, date_text, due_on)
select @recommendation0 + seq, 0, @plan0 + 1 + (seq - 1) % {plans}, 1 + (seq - 1) div {plans},
       concat(elt(1 + conv(left(md5(concat('rec', seq)), 8), 16, 10) % 6,
           'Improves the move from children''s to adult services for young people leaving care',
           'Refocuses the workforce on education, employment and training for young people in or leaving care',
           'Looks for local and national incentives for young people and employers once a job is found',
           'Works harder to find interview opportunities for young people leaving care',
           'Commits the council to a lasting model of work experience and apprenticeships',
           'Opens work experience and jobs with local employers through a dedicated brokerage team'),
           ', number ', 1 + (seq - 1) div {plans}, ' of the plan.'),
       concat('Set up a short-life group of partners to agree the plan.\n',
           'Check the quality and outcomes through the strategic group.\n', 'Report progress to the committee every six months.'),
       elt(1 + conv(left(md5(concat('who', seq)), 8), 16, 10) % 8, 'Alex Morgan', 'Sam Okafor', 'Alex Morgan/Sam Okafor', 'Priya Patel',
           'Tom Hughes', 'Grace Evans/Femi Adeyemi', 'Ruth Clarke', 'Kiran Singh'),
       concat('3 by ', date_format(p.agreed_on + interval 8 month, '%M %Y'), ' and at least 5 by ',
           date_format(p.agreed_on + interval 20 month, '%M %Y')),
       last_day(p.agreed_on + interval 20 month)
from seq_1_to_{recommendations} join action_plan p on p.id = @plan0 + 1 + (seq - 1) % {plans};
set @measure0 = (select coalesce(max(id), 0) from success_measure);
insert into success_measure (id, version, recommendation_id, position, description, figure_key, filter_area, filter_sector, filter_type,
    organisation_kind, counts_from, baseline, min_areas)
select @measure0 + 2 * seq - 1, 0, @recommendation0 + seq, 1,
       'Young people, workers and partners say the support is better; reported in words in each progress round.',
       null, null, null, null, 'ANY', null, null, null
from seq_1_to_{recommendations}
union all
select @measure0 + 2 * seq, 0, @recommendation0 + seq, 2, concat('Counted from Open Doors: ', g.figure_key, ' since the plan was agreed.'),
       g.figure_key, null, null, if(g.figure_key = 'placements.started', 'Apprenticeship', null),
       if(g.figure_key = 'employers.engaged', 'EXTERNAL', 'ANY'), p.agreed_on, 0,
       if(g.figure_key = 'placements.started' and seq % 2 = 0, 4, null)
from (select seq, elt(1 + seq % 5, 'placements.started', 'offers.logged', 'employers.engaged', 'placements.sustained-26',
          'deliveries.young-people') as figure_key from seq_1_to_{recommendations} where seq % 3 <> 0) g
join action_plan p on p.id = @plan0 + 1 + (seq - 1) % {plans};
insert into milestone (version, measure_id, due_on, target)
select 0, m.id, last_day(m.counts_from + interval w.months month), w.months * (1 + m.id % 7)
from success_measure m join (select 8 as months union all select 20) w
where m.id > @measure0 and m.figure_key is not null;
set @round0 = (select coalesce(max(id), 0) from progress_round);
insert into progress_round (id, version, plan_id, label, as_of, status, published_at, published_by)
select @round0 + row_number() over (order by g.plan_id, g.as_of), 0, g.plan_id, date_format(g.as_of, '%M %Y'), g.as_of,
       if(g.latest and (g.plan_id - @plan0) % 3 = 2, 'DRAFT', 'PUBLISHED'),
       if(g.latest and (g.plan_id - @plan0) % 3 = 2, null, timestamp(g.as_of + interval 20 day, '10:00')),
       if(g.latest and (g.plan_id - @plan0) % 3 = 2, null, 'engagement@council.example')
from (select p.id as plan_id, last_day(p.agreed_on + interval 6 * s.seq - 1 month) as as_of,
             last_day(p.agreed_on + interval 6 * s.seq + 5 month) >= @strategy_today as latest
      from action_plan p join seq_1_to_10 s where p.id > @plan0) g
where g.as_of < @strategy_today;
insert into progress_entry (version, round_id, recommendation_id, figures, evidence_of_progress, suggested_grade, grade, explanation,
    evidence_of_impact)
select 0, r.id, c.id, if(c.id % 3 = 0, null, concat('As of ', date_format(r.as_of, '%e %M %Y'), ', measured from Open Doors: ',
           (r.id + c.id) % 9, ' against a target of 3.')),
       elt(1 + (r.id + c.id) % 4, 'The brokerage coordinator is in post and has met the main employer forums.',
           'Fewer placements than hoped this half-year; the pathway team now meets work-ready young people where they are comfortable.',
           'Progress continues; every directorate has been asked to offer at least one opportunity.',
           'Work placements and apprenticeships are running across the council and with local employers.'),
       if(c.id % 3 = 0, null, 1 + (r.id + c.id) % 4),
       if(r.status = 'DRAFT' and c.id % 2 = 0, null, 1 + (r.id * 7 + c.id) % 4),
       if((r.id * 7 + c.id) % 4 <> (r.id + c.id) % 4 and c.id % 3 <> 0,
           'The figures alone do not show it: two placements ended early and the team is re-planning with partners.', null),
       'Teams think differently about young people and the importance of education, employment and training.'
from progress_round r join recommendation c on c.plan_id = r.plan_id
where r.id > @round0;
analyze table action_plan, recommendation, success_measure, milestone, progress_round, progress_entry;
