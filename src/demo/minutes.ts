// The demo's minutes: the September meetings of PSG, OLF and AKN's OSG, adjusted, with their decisions
// and action items.
import type { Decision, MinutesActionItem, MinutesParagraph } from '../domain/model';
import type { DemoContext } from './context';

/** `held`: each forum kind's meeting that has minutes (from loadMeetings). */
export async function loadMinutes(
  { tx, personId, objectIds }: DemoContext,
  held: Map<string, string>,
): Promise<void> {
  // Minutes of the September meetings: attendance, decisions within each forum's mandate, action items.
  // Each is adjusted minutes as a registrar keeps them: place, chair, secretary, adjusters who signed,
  // numbered paragraphs (§), the decisions and action items in force from the adjustment.
  const minutes: {
    kind: 'psg' | 'olf' | 'osg';
    place: string;
    chair: string;
    secretary: string;
    adjusters: string[];
    /** Paragraphs before the decisions (opening, choice of adjusters, reports). */
    opening: { title: string; text: string }[];
    attendance: string[];
    decisions: { kind: Decision['kind']; title: string; text: string; by: string; objectCode?: string }[];
    actions: { title: string; owner: string; due: string; status: 'open' | 'done' }[];
  }[] = [
    {
      kind: 'psg',
      place: 'Kommunhuset, sammanträdesrummet Styrelsen',
      chair: 'org.deputyMunicipalDirector',
      secretary: 'org.digitalisationChief',
      adjusters: ['org.itChief', 'vsoa.ownerBusiness'],
      opening: [
        {
          title: 'Mötets öppnande och val av justerare',
          text: 'Ordföranden öppnar mötet. Johan Falk och Annika Forsberg utses att justera protokollet.',
        },
        {
          title: 'Portföljens läge inför objektplanerna 2027',
          text: 'Digitaliseringschefen redovisar objektens preliminära planer och de frågor som lyfts till PSG.',
        },
      ],
      // Eight of PSG's fifteen members (and the digitalisation chief, adjunct): PSG was quorate.
      attendance: [
        'org.deputyMunicipalDirector',
        'org.communicationsDevelopmentDirector',
        'org.itChief',
        'org.digitalisationChief',
        'vsoa.ownerBusiness',
        'fst.ownerIt',
        'kop.ownerBusiness',
        'akn.ownerBusiness',
        'sam.ownerBusiness',
      ],
      decisions: [
        {
          kind: 'budgetFrame',
          title: 'Budgetförutsättningar för objektplanerna 2027',
          text: 'Objekten planerar 2027 med oförändrad ram och timpris 720 kr. Nya initiativ ryms inom ramen eller lyfts till PSG.',
          by: 'org.deputyMunicipalDirector',
        },
      ],
      actions: [
        {
          title: 'Sammanställa objektens behov av it-resurser 2027 inför nästa PSG',
          owner: 'org.digitalisationChief',
          due: '2026-11-30',
          status: 'open',
        },
      ],
    },
    {
      kind: 'olf',
      place: 'Kommunhuset, rum Samverkan',
      chair: 'org.digitalisationChief',
      secretary: 'org.modelOwner',
      adjusters: ['akn.leaderBusiness'],
      opening: [
        {
          title: 'Mötets öppnande och val av justerare',
          text: 'Ordföranden öppnar mötet. Petra Nyström utses att justera protokollet.',
        },
      ],
      attendance: [
        'org.digitalisationChief',
        'org.modelOwner',
        'akn.leaderBusiness',
        'akn.leaderIt',
        'vsoa.leaderBusiness',
        'ukf.leaderIt',
        'fst.leaderIt',
      ],
      decisions: [
        {
          kind: 'coordination',
          title: 'Gemensam plan för uppgraderingar under vecka 44',
          text: 'Objekten samordnar sina uppgraderingar så att it-avdelningen inte har fler än två samtidigt.',
          by: 'org.digitalisationChief',
        },
      ],
      actions: [
        {
          title: 'Skicka ut samordnad uppgraderingsplan',
          owner: 'org.modelOwner',
          due: '2026-10-09',
          status: 'done',
        },
      ],
    },
    {
      kind: 'osg',
      place: 'Kommunhuset, rum Kansliet',
      chair: 'akn.ownerBusiness',
      secretary: 'akn.leaderBusiness',
      adjusters: ['akn.ownerIt'],
      opening: [
        {
          title: 'Mötets öppnande och val av justerare',
          text: 'Ordföranden öppnar mötet. Mikael Borg utses att justera protokollet.',
        },
        {
          title: 'Objektplan AKN 2027, preliminär version',
          text: 'Objektledarna redovisar den preliminära planen; godkännandet tas på nästa möte.',
        },
      ],
      attendance: ['akn.ownerBusiness', 'akn.ownerIt', 'akn.osgMember', 'akn.leaderBusiness', 'akn.leaderIt'],
      decisions: [
        {
          kind: 'resourceChange',
          title: 'Förstärkning av förvaltningen av W3D3 under 2027',
          text: 'Objektet förstärker med en halvtid systemförvaltning inför bytet av ärendehanteringssystem.',
          by: 'akn.ownerBusiness',
          objectCode: 'AKN',
        },
      ],
      actions: [
        {
          title: 'Komplettera driftbudgeten i objektplanen 2027 med licenskostnader',
          owner: 'akn.leaderIt',
          due: '2026-11-25',
          status: 'open',
        },
      ],
    },
  ];
  for (const m of minutes) {
    const meetingId = held.get(m.kind);
    if (!meetingId) continue;
    const meeting = (await tx.meetings.get(meetingId))!;
    const { id: _id, etag, createdAt: _c, updatedAt: _u, ...rest } = meeting;
    const titles = [...m.opening.map((o) => o.title), ...m.decisions.map((d) => d.title)];
    await tx.meetings.update(
      meetingId,
      {
        ...rest,
        attendance: m.attendance.map(personId),
        agendaItems: titles.map((title) => ({ title, source: 'convener' as const })),
        // The agenda as it stood that day, kept with the held meeting.
        heldAgenda: {
          frozenAt: meeting.end,
          items: titles.map((title) => ({ title, source: 'convener' as const })),
        },
      },
      etag,
    );
    const paragraphs: MinutesParagraph[] = m.opening.map((o, i) => ({
      number: i + 1,
      title: o.title,
      text: o.text,
      decision: null,
      decisionId: null,
    }));
    for (const d of m.decisions) {
      const objectId = d.objectCode ? objectIds.get(d.objectCode)! : null;
      const decision = await tx.decisions.create({
        forumId: meeting.forumId,
        meetingId,
        objectId,
        planId: null,
        initiativeId: null,
        kind: d.kind,
        title: d.title,
        text: d.text,
        decidedByPersonId: personId(d.by),
        decidedAt: meeting.end,
        comment: '',
      });
      paragraphs.push({
        number: paragraphs.length + 1,
        title: d.title,
        text: d.text,
        decision: { kind: d.kind, objectId, initiativeId: null },
        decisionId: decision.id,
      });
    }
    const actionItems: MinutesActionItem[] = [];
    for (const a of m.actions) {
      const item = await tx.actionItems.create({
        forumId: meeting.forumId,
        meetingId,
        title: a.title,
        ownerPersonId: personId(a.owner),
        dueDate: a.due,
        status: a.status,
        remindedAt: null,
      });
      actionItems.push({
        title: a.title,
        ownerPersonId: item.ownerPersonId,
        dueDate: a.due,
        actionItemId: item.id,
      });
    }
    // Adjusted three days after the meeting, each adjuster signing.
    const adjustedAt = new Date(Date.parse(meeting.end) + 3 * 86_400_000).toISOString();
    await tx.minutes.create({
      meetingId,
      forumId: meeting.forumId,
      version: 1,
      status: 'adjusted',
      place: m.place,
      chairPersonId: personId(m.chair),
      secretaryPersonId: personId(m.secretary),
      adjusterPersonIds: m.adjusters.map(personId),
      adjustedBy: m.adjusters.map((a) => ({ personId: personId(a), at: adjustedAt })),
      adjustedAt,
      attendance: m.attendance.map(personId),
      paragraphs,
      actionItems,
      correction: null,
      writtenByPersonId: personId(m.secretary),
    });
  }
}
