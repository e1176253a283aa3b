// The phrase lists: what coprod looks for in evidence and free text. Data
// only; the language is in evidence/pattern.h, how a phrase is judged
// asserted in evidence/phrases.h. To add a phrase, add a line here and a
// sentence that must fire and one that must not to statements_test.cpp.

#include "evidence/phrases.h"

namespace coprod::evidence {
namespace {

using K = Kind;
using T = Timing;

constexpr ListDefinition kLists[] = {
    // People who take part (not staff): who a group's own decision or vote is by.
    {"participants",
     "members|member|carers|carer|parents|parent|residents|resident|volunteers|participants|"
     "patients|families|young people|young adults|women|men|self advocates|peer researchers|"
     "panel|panel members|group|groups|forum|forum members|community|communities|public|"
     "service users|people|we|they|everyone|attendees|survivors|experts by experience|"
     "children|students|elders|co chairs|representatives"},
    // How people were involved: what dissent about the process is about.
    {"process",
     "process|processes|consultation|consultations|engagement|co production|coproduction|"
     "co design|codesign|involvement|approach|exercise|sessions|session|workshops|workshop|"
     "meetings|meeting|events|event|method|methods|partnership|conversations|listening exercise|"
     "survey|surveys|discussions|way it was run|way it was done|way it was handled|"
     "way (the|this) ~2 (was|were|has been|had been) (run|done|handled|conducted|carried out)|"
     "way (decisions|the decision) (was|were) (made|taken|reached)|"
     "how (it|this|decisions|the decision) (was|were) (run|made|taken|reached|handled)"},
    // What a proposal decides: what dissent about the outcome is about.
    {"outcome",
     "closure|closures|closing|close|reduction|reductions|cut|cuts|loss|decision|decisions|"
     "proposal|proposals|outcome|outcomes|recommendation|recommendations|option|options|"
     "preferred option|change|changes|plan|plans|move|relocation|merger|downgrade|downgrading|"
     "centralisation|centralization|consolidation|reconfiguration|new model|model|result|"
     "choice|site|location|removal|withdrawal|transfer|redesign|bed reduction"},
    // Things that, once settled, settle a proposal: a decision taken before
    // anyone was asked leaves them nothing to shape.
    {"settled_thing",
     "contract|contracts|lease|leases|business case|business cases|site|sites|location|"
     "premises|building|supplier|suppliers|provider|vendor|tender|procurement|preferred option|"
     "preferred site|preferred provider|preferred supplier|capital bid|capital funding|"
     "property|land|decision|decisions|relocation|closure|merger|reconfiguration|centralisation|"
     "centralization|consolidation|move|transfer|heads of terms|planning permission|"
     "planning consent|capital|funding|preferred bidder|bidder|investment"},
    {"settled_verb",
     "signed|awarded|approved|agreed|chosen|selected|purchased|bought|acquired|let|procured|"
     "confirmed|finalised|finalized|fixed|settled|made|taken|committed|secured|granted|"
     "commissioned|issued|appointed|identified|earmarked|ratified|endorsed|sealed|contracted|"
     "decided|determined|completed|exchanged|sold|leased|announced|named|granted|narrowed down|"
     "shortlisted|drawn up|preselected|pre selected"},
    {"settling_verb",
     "signed|awarded|approved|agreed|chose|selected|purchased|bought|acquired|procured|"
     "commissioned|confirmed|took|made|ratified|endorsed|let|appointed|secured|finalised|"
     "finalized|contracted|leased|identified|earmarked|exchanged|sealed|committed|allocated|"
     "awarded"},
    // How people say an outcome was settled before they had a say.
    {"predetermined",
     "predetermined|pre determined|done deal|foregone conclusion|fait accompli|"
     "decided in advance|decided beforehand|rubber stamp|rubber stamping|rubber stamped|"
     "already [been] (decided|made|agreed|settled|fixed|done|set|chosen|signed|sealed|determined|"
     "narrowed down|shortlisted|drawn up|ruled out|preselected|pre selected|whittled down|"
     "made up (their|your|its|our|his|her) minds)|"
     "(minds|mind) (were|was|had been) ~1 made up|(their|its|his|her|your) (minds|mind) made up|"
     "(made|taken|decided|agreed|chosen) before (we|they|anyone|people|residents|members|carers|"
     "patients|families|us|them) ~3 (asked|involved|consulted|heard|spoke|arrived|came|met)"},
    // Someone who took part saying or feeling it: their view of the process.
    {"voiced",
     "(@participants|some|several|many|two|three|four|others|one|most|a few|someone|people) ~3 "
     "(felt|feel|feels|said|say|says|thought|think|believed|believe|sensed|suspected|told us|"
     "complained|argued|claimed|worried|feared|fear|fears)"},
    // How a report says what someone thought or said.
    {"perceived",
     "felt|feel|feels|feeling|said|say|says|saying|thought|think|thinks|believed|believe|"
     "believes|sensed|suspected|suspect|suspects|impression|told us|told staff|told the|"
     "told facilitators|complained|complaining|wrote|argued|claimed|worried|worry|fear|fears|"
     "feared|concerned|concern|view|perception|sense|questioned|asked why|wondered why|"
     "described|called|accused|described it as|comment|comments|commented|remarked|quote|"
     "quoted|feedback|response|responses"},
    // Things people were involved in: "before anyone was asked".
    {"involvement",
     "asked|involved|consulted|engaged|engagement|consultation|involvement|co production|"
     "co design|workshop|workshops|session|sessions|survey|surveys|conversation|conversations|"
     "listening|asking|involving|consulting|engaging|first|anyone|any|residents|patients|people|"
     "public|carers|families|communities|service users|members|we|us|they|them"},
    {"vehicles",
     "car|cars|van|vans|minibus|bus|buses|vehicle|vehicles|bike|bikes|bicycle|bicycles|"
     "ambulance|ambulances|coach|lorry|taxi|scooter|scooters|wheelchair|wheelchairs"},
    // Housekeeping that is settled early without settling anything a proposal decides.
    {"housekeeping",
     "ground rules|terms of reference|agenda|dates|date|timetable|times|venue|room|rooms|"
     "refreshments|lunch|minutes|booked|set up|introductions|name badges|format"},
    // Where a service met someone (not where they were involved): "felt
    // ignored by reception staff" tells of the service, which is what
    // co-production hears, not of the process.
    {"service",
     "gp|gps|reception|receptionist|receptionists|a e|ae|emergency department|hospital|"
     "hospitals|ward|wards|clinic|clinics|appointment|appointments|discharge|midwife|midwives|"
     "health visitor|health visitors|pharmacist|pharmacists|pharmacy|paramedic|paramedics|"
     "police|social worker|social workers|services|surgery|surgeries|practice|practices|"
     "dentist|dentists|crisis line|111|999|school|schools|college|jobcentre|housing|landlord|"
     "phone|helpline|letters|treatment|therapy|care|their gp|the gp|home|booking|website|online|"
     "app|portal|phone line|phones|reception desk|booking system|online booking|waiting room|"
     "waiting rooms|waiting area|ward round|outpatients|a and e|service|out of hours"},
    {"service_encounter",
     "(by|at|in|from|when|during|on|to|after|with|attending|attend|coming to|come to|going to|"
     "out of|about) ~3 @service"},
    // Where people take part: what makes distress or strain part of the process.
    {"setting",
     "session|sessions|meeting|meetings|workshop|workshops|panel|forum|interview|interviews|"
     "focus group|focus groups|story circle|story circles|storytelling|event|events|"
     "co production|co design|coproduction|codesign|debrief|debriefing|facilitator|facilitators|"
     "participants|peer researchers|design day|design days|listening session|listening sessions|"
     "engagement|consultation|involvement|fieldwork|recording|filming|film|films|group|groups|"
     "the room|day one|day two|first day|second day|members|member|volunteers|discussion|"
     "discussions|conversation|conversations|circle|circles|world cafe|open space|exercise|"
     "activity|activities|reliving|retelling|recounting|sharing|their story|their stories|"
     "our stories|interviewer|interviewers|co chair|co chairs|advisory|steering|network|project|"
     "programme|board|young carers|carers|parents|residents|"
     "representatives|connectors|champions"},
    // What a sentence about a service (not about how people were involved) says.
    {"not_the_process",
     "@service_encounter|@service ~3 (ignored|dismissed|overruled|disregarded|brushed|overrode|"
     "did not|do not|does not|never|rarely)|@service ~4 (left|made|makes|leaves|leaving) ~2 (them|"
     "people|us|him|her|patients|families|carers|parents)"},
    {"staff",
     "staff|clinicians|professionals|managers|officers|consultants|doctors|commissioners|"
     "nhs staff|the nhs|the trust|the council|council officers|the icb|the chair|"
     "the facilitator|facilitators|senior staff|service leads|executives"},
};

constexpr Phrase kPhrases[] = {
    // --- (a) a group's disagreement with the process ---------------------
    {K::process_dissent,
     "(asked|wanted|requested|insisted|asking|wants|want|demanded|requests|asks|requesting) ~4 "
     "(disagreement|dissent|objection|objections|opposition|reservations|concerns|unhappiness|"
     "dissatisfaction|view|views|position|complaint|complaints) ~8 (recorded|minuted|noted|"
     "registered|included|known|on record|on the record|put on record|passed to the board|"
     "reported to the board|shown to the board|told to the board|heard by the board)",
     "asked for its disagreement to be recorded",
     "(disagreement|dissent|objection|objections|opposition|reservations|concerns|unhappiness) ~2 "
     "(with|about|to|over|on|against) ~3 (@outcome|vote|majority) ; "
     "(accept|accepts|accepted|accepting|support|supports|supported) ~3 process ; "
     "(process|consultation|engagement) ~2 (was|had been|has been|is) ~2 (fair|good|open|genuine|"
     "thorough|inclusive|respectful)"},
    {K::process_dissent,
     "(recorded|registered|lodged|submitted|made|put in|sent|raised|wrote) ~3 (a|an|their|its|"
     "formal|written|letter of) ~2 (dissent|objection|complaint|complaints|protest) ~4 (about|to|"
     "against|over|regarding|on|with|into) ~4 @process",
     "made a formal complaint about the process"},
    {K::process_dissent,
     "(formal|written) (complaint|complaints|objection|dissent|protest) ~4 (about|to|against|over|"
     "regarding|on|with) ~4 @process",
     "a formal complaint about the process"},
    {K::process_dissent,
     "(does not|do not|did not|would not|will not|could not|can not|not|never|no longer|refuse to|"
     "refused to|unable to) (support|endorse|back|accept|trust|recognise|recognize|agree with|"
     "sign up to|stand behind|stand by|have confidence in|put their name to|put its name to) ~3 "
     "@process",
     "does not support the process"},
    {K::process_dissent,
     "(disagree|disagrees|disagreed|disagreeing|object|objects|objected|objecting|objection|"
     "objections|objected strongly) (with|to) ~3 (process|consultation|engagement|co production|"
     "co design|involvement|approach|way it was run|how it was run|how decisions were made|"
     "way decisions were made|way the decision was made|how the decision was made|method|methods)",
     "a group disagrees with the process",
     "(each other|one another|among themselves|amongst themselves|between themselves)"},
    {K::process_dissent,
     "(withdrew|withdrawn|withdraw|withdraws|withdrawing|pulled|pulling|removed|lost) ~3 (support|"
     "backing|endorsement|confidence|trust) ~3 (for|of|from|in) ~3 @process",
     "withdrew its support for the process"},
    {K::process_dissent,
     "(refused|refuse|refuses|declined|declines|unwilling|would not|will not|did not|does not|do not|"
     "can not|could not) ~2 (sign off|sign|endorse|put (their|its|our) name to|co sign|cosign|"
     "approve) ~3 (report|reports|proposal|paper|plan|summary|findings|document|minutes|notes|"
     "outcome|record|statement|final version|it|this|that|what was written)",
     "refused to sign off what was written",
     "(attendance|register|sheet|consent form|form|forms)"},
    {K::process_dissent,
     "(views|voices|voice|concerns|ideas|comments|suggestions|feedback|input|contributions|"
     "experiences|experience|requests|wishes|points|questions|objections|knowledge|expertise|"
     "priorities|stories) ~4 (were|was|are|is|had|have|has|been|being|got|get) ~2 (not|never|rarely|"
     "seldom|barely|hardly) ~2 (listened|heard|taken seriously|taken into account|acted on|acted upon|"
     "considered|valued|respected|reflected|included|recorded|used|wanted|welcome|welcomed|"
     "given weight|given proper weight|represented|captured|understood)",
     "people's views were not listened to",
     "@not_the_process"},
    {K::process_dissent,
     "(@participants|he|she|i|it) ~3 (were|was|are|is|had been|have been|has been|felt|feel|feels|"
     "being) ~2 (not|never) ~2 (listened to|heard|taken seriously|valued|respected|included|"
     "properly consulted|consulted properly|meaningfully involved|genuinely involved|"
     "treated as [an] (equal|equals|partner|partners|equal partner|equal partners)|"
     "treated with respect|given a voice|given a say)",
     "a group was not listened to",
     "@not_the_process"},
    {K::process_dissent,
     "(nobody|no one|none of them|none of the staff) ~2 (listened|listens|listen|heard|hears|"
     "took (us|them|it|it) seriously|takes (us|them) seriously|cared|wanted to know|asked (us|them))",
     "people felt nobody listened", "@not_the_process"},
    {K::process_dissent,
     "not (feel|felt|feeling|feels|think|thought) ~3 (listened to|heard|valued|respected|"
     "included|involved|part of|equal|equals|an equal|partners|a partner|like partners|"
     "taken seriously|that their views|that our views|that they mattered|it mattered|"
     "that it mattered)",
     "people did not feel listened to",
     "@not_the_process"},
    {K::process_dissent,
     "not (feel|felt|feeling|feels|think|thought|believe|believed) ~4 (meaningful|genuine|worthwhile|"
     "real|fair|honest|open|worth it|worth their time|worth our time|a good use of)",
     "people did not feel the process was genuine", "@not_the_process"},
    {K::process_dissent,
     "(time|effort|input|views|contributions|ideas|work) ~3 (was|were|had been|has been|have been|"
     "felt|being) ~1 (wasted|not used|unused|thrown away|binned|shelved|ignored)",
     "people felt their time was wasted", "@not_the_process"},
    {K::process_dissent,
     "nothing (they|we|people|members|residents|carers|parents|participants|the group|anyone) "
     "(said|suggested|put forward|asked for|raised|wanted) ~4 (was|were|got|had been|has been) ~2 "
     "(used|taken up|listened to|acted on|changed|made a difference|taken forward)",
     "people felt their time was wasted", "@not_the_process"},
    {K::process_dissent,
     "(felt|feel|feels|feeling|left) ~2 (ignored|unheard|dismissed|sidelined|overruled|overlooked|"
     "invisible|excluded|shut out|brushed aside|left out|talked at|talked over|steamrollered|"
     "railroaded|silenced|powerless|voiceless|misled|deceived|lied to|betrayed|manipulated|"
     "undervalued|unvalued|an afterthought|like an afterthought|not heard|not listened to|"
     "not valued|not respected|not taken seriously|unrepresented)",
     "people felt ignored or unheard",
     "@not_the_process"},
    {K::process_dissent,
     "(ignored|dismissed|overruled|disregarded|brushed aside|overrode|overridden|sidelined|"
     "glossed over|watered down|softened|left out|played down|downplayed|edited out|removed) "
     "(their|our|its|the|these|those|members|carers|residents|parents) ~3 (views|concerns|"
     "requests|ideas|suggestions|input|objections|wishes|feedback|advice|points|comments|"
     "disagreement|dissent|criticism|criticisms)",
     "a group's views were ignored or softened",
     "@not_the_process"},
    {K::process_dissent,
     "(views|concerns|requests|ideas|suggestions|objections|wishes|feedback|comments|disagreement|"
     "dissent|criticism|criticisms|points|input|contributions|voice|voices|experiences|priorities) ~3 "
     "(were|was|had been|have been|has been|got|being) ~2 "
     "(ignored|dismissed|overruled|disregarded|brushed aside|overridden|sidelined|glossed over|"
     "watered down|softened|left out|played down|downplayed|edited out|removed|rejected without)",
     "a group's views were ignored or softened",
     "@not_the_process"},
    {K::process_dissent,
     "(rejected|refused|dismissed|turned down|declined|overruled|ruled out) ~5 without [any] "
     "(discussion|explanation|reason|a reason|reasons|being discussed|discussing|talking|"
     "consultation|consulting|asking|explaining)",
     "a request was refused without discussion"},
    {K::process_dissent,
     "not ~4 (genuine|real|meaningful|honest|true|proper|authentic|fair|open|transparent|"
     "two way|equal) ~2 (consultation|engagement|co production|coproduction|co design|codesign|"
     "involvement|partnership|dialogue|conversation|listening|process|exercise|opportunity|"
     "say|voice|choice|partners)",
     "it was not a genuine consultation"},
    {K::process_dissent,
     "(sham|fake|token|tokenistic|cosmetic|superficial|pretend|so called|box ticking|tick box|"
     "paper|pr) (consultation|engagement|exercise|process|co production|coproduction|co design|"
     "involvement|listening exercise|partnership|gesture)",
     "a sham or token consultation"},
    {K::process_dissent,
     "(lip service|window dressing|going through the motions|went through the motions|"
     "talking shop|smoke and mirrors|whitewash|charade|farce|rubber stamp|rubber stamping|"
     "rubber stamped|box ticking exercise|tick box exercise|tick the box|tick a box|"
     "ticking a box|ticking boxes|tick boxes)",
     "the process was for show",
     "(avoid|avoided|avoiding|not|never|no) ~3 (lip service|window dressing|tick|box ticking|"
     "rubber stamp)"},
    {K::process_dissent,
     "(process|consultation|engagement|exercise|involvement|co production|co design|sessions|"
     "session|it|this|that) ~2 (was|is|had been|has been|felt|feels|seemed|seems|looked|became) ~2 "
     "(unfair|flawed|biased|rigged|meaningless|pointless|tokenistic|a sham|a farce|a charade|"
     "a waste of time|one sided|inadequate|insulting|disrespectful|not fair|not genuine|not open|"
     "not transparent|not honest|not real|not meaningful|not inclusive|a formality|for show|"
     "cosmetic|a done deal|box ticking|tick box|stage managed|a pretence)",
     "the process was unfair or not genuine"},
    {K::process_dissent,
     "@perceived ~6 @predetermined",
     "people felt the decision had already been made"},
    {K::process_dissent,
     "(contributions|views|input|ideas|comments|suggestions|involvement|voices|feedback|time|effort) "
     "~2 (made|make|makes|had) (no|little|not much) (difference|impact)",
     "people felt their involvement made no difference", "@not_the_process"},
    {K::process_dissent,
     "not (feel|felt|think|thought|believe|believed|see|saw) ~4 (made|make|makes|making) (any|a|much|"
     "a real) (difference|impact)",
     "people felt their involvement made no difference", "@not_the_process"},
    {K::process_dissent,
     "only ~3 (hear|heard|listen|listened|hearing|listening) ~4 what (it|they|you|the trust|staff|"
     "managers|the council|the board) (wanted|wants|want|wished|wishes) to hear",
     "people felt only what suited was heard"},
    {K::process_dissent,
     "@perceived ~4 (no|little|not much|not enough|not any|not a|no real) ~2 (say|voice|influence|"
     "power|control|choice) ~3 (in|over|on|into|about)",
     "people felt they had no say"},
    {K::process_dissent,
     "(walked out|walk out|walking out|stormed out|left) ~4 (in protest|protest)",
     "people walked out in protest"},
    {K::process_dissent,
     "(boycott|boycotted|boycotting|boycotts)",
     "people boycotted the process"},
    {K::process_dissent,
     "(withdrew|withdrawn|withdraw|withdraws|pulled out|pulls out|pulling out) ~4 (in protest|"
     "from the consultation|from the process|from the engagement|from the co production|"
     "from the co design|from the partnership)",
     "a group withdrew from the process in protest"},
    {K::process_dissent,
     "(not|never|no longer) ~2 (satisfied|happy|content|comfortable|confident|reassured) ~3 (with|"
     "about|in|by) ~4 @process",
     "a group is not satisfied with the process"},
    {K::process_dissent,
     "(dissatisfied|unsatisfied|unhappy|angry|frustrated|disappointed|annoyed|furious|"
     "disillusioned|cynical|let down|aggrieved|upset) ~3 (with|about|at|by|over) ~4 @process",
     "a group is unhappy with the process",
     "(pace|length|timing|time|venue|room|parking|food|heat|noise) ~3 @process"},
    {K::process_dissent,
     "(frustration|anger|dissatisfaction|unhappiness|disappointment|criticism|criticisms|complaint|"
     "complaints|distrust|mistrust|cynicism) (with|about|at|over|regarding|of|towards|toward) ~4 "
     "@process",
     "a group is unhappy with the process",
     "(pace|length|timing|time|venue|room|parking|food|heat|noise) ~3 @process"},
    {K::process_dissent,
     "(voice|voices|views|view|input|contribution|contributions|words|message|perspective) ~3 (was|"
     "were|has been|have been|had been|got|is|are) ~2 (lost|diluted|drowned out|buried|missing|absent|"
     "not reflected|misrepresented|twisted|misquoted|lost in)",
     "a group's views were lost or misrepresented", "@not_the_process"},
    {K::process_dissent,
     "(process|consultation|engagement|timetable|co production|co design) ~3 (was|were|had been|"
     "has been|felt|seemed|is) ~2 (rushed|too rushed|hurried|too short|too quick|squeezed)",
     "the process was rushed"},
    {K::process_dissent,
     "not (given|allowed|offered) ~2 (enough|sufficient|adequate|the) (time|notice|information|"
     "support|resources|chance) ~4 (involve|prepare|respond|take part|consult|read|consider|engage|"
     "reply|comment|bring)",
     "people were not given the time to take part properly", "@not_the_process"},
    {K::process_dissent,
     "(only|just|merely|simply) (so|to) ~4 (could|can|would) (say|claim|tick|show|report)",
     "people felt consulted only for show"},
    {K::process_dissent,
     "(not|never|no longer|nor|without) ~7 (in good faith|good faith)",
     "people felt the process was not in good faith"},
    {K::process_dissent,
     "bad faith",
     "people felt the process was not in good faith"},
    {K::process_dissent,
     "(should|ought to) have been (asked|involved|consulted|invited|told) ~3 (before|earlier|sooner|"
     "first|at the start|from the start|from the beginning)",
     "people say they should have been asked first"},
    {K::process_dissent,
     "(brought in|involved|asked|consulted|invited) ~3 (too late|only after|after the decision|"
     "after decisions|after everything|after it was decided|once the decision|once everything)",
     "people were brought in after it was decided"},
    {K::process_dissent,
     "(brought in|involved|asked|consulted|invited) ~2 after ~6 (shortlisted|shortlisting|"
     "shortlist|decided|chosen|agreed|fixed|drawn up|signed|approved|settled)",
     "people were brought in after it was decided"},

    // --- (b) a decision settled before anyone was asked -----------------
    {K::prior_decision,
     "@settled_thing ~5 (was|were|had|has|have|is|are) ~3 @settled_verb",
     "a contract, lease, site or decision was settled",
     "@settled_verb ~3 (by|with|alongside) ~3 (@participants|the panel|the forum|the group) ; "
     "together ; jointly ; (vote|voted|voting|majority|show of hands|dot voting|ballot) ; "
     "co produced ; co designed ; @participants ~2 (chose|selected|picked|voted|decided|agreed|"
     "preferred|agree|choose|prefer|decide|decides|chooses|approved|endorsed|signed off) ; @voiced",
     T::by_date},
    {K::prior_decision,
     "@settling_verb ~4 @settled_thing",
     "a contract, lease, site or decision was settled",
     "@settled_thing ~3 (with|alongside) ~3 (@participants|the panel|the forum|the group) ; "
     "together ; jointly ; (vote|voted|voting|majority|show of hands|dot voting|ballot) ; "
     "co produced ; co designed ; @participants ~2 (chose|selected|picked|voted|decided|agreed|"
     "preferred|agree|choose|prefer|decide|decides|chooses|approved|endorsed|signed off) ; @voiced",
     T::by_date},
    {K::prior_decision,
     "@settled_thing @settled_verb (in|on|at|by|last|during|under|before|prior|ahead|through|via)",
     "a contract, lease, site or decision was settled",
     "@settled_verb ~3 (by|with|alongside) ~3 (@participants|the panel|the forum|the group) ; "
     "together ; jointly ; (vote|voted|voting|majority|show of hands|dot voting|ballot) ; "
     "co produced ; co designed ; @voiced",
     T::by_date},
    {K::prior_decision,
     "(options|option|shortlist|model|plan|design|solution|proposals|proposal) ~4 (drawn up|"
     "narrowed down|shortlisted|chosen|decided|fixed|settled|developed|written|designed|worked up) "
     "(by|before|in advance) ~3 (@staff|executive team|executives|the board|senior leaders|"
     "leadership team|managers|clinical team|clinicians|the trust|the council|the icb|officers|"
     "any|anyone|people|residents|patients|engagement|consultation)",
     "the options were settled by staff before people were asked", "@voiced", T::by_date},
    {K::prior_decision,
     "(agreed|approved|decided|endorsed|supported|signed off|accepted) in principle",
     "a decision was taken in principle", "", T::by_date},
    {K::prior_decision,
     "@predetermined",
     "a decision had already been made",
     "@perceived ; @housekeeping ; @participants ~1 (had|have|has) already (decided|agreed|chosen|made|settled) ; "
     "decided to (leave|stop|step|go|withdraw|quit|join|come|attend|take part)",
     T::stated_before},
    {K::prior_decision,
     "already (contracted|commissioned|procured|awarded|leased|purchased|bought|approved|signed|"
     "agreed|chosen|selected|in contract|under contract|in place)",
     "a decision had already been made",
     "@perceived ; @housekeeping ; @participants ~1 (had|have|has) already (decided|agreed|chosen|made|settled) ; (support|help|advice|"
     "services|service|staff|team|interpreters|transport) ~2 already in place",
     T::stated_before},
    {K::prior_decision,
     "already @settling_verb ~4 @settled_thing",
     "a decision had already been made",
     "@perceived ; @housekeeping ; @participants ~1 (had|have|has) already", T::stated_before},
    {K::prior_decision,
     "(decided|agreed|chosen|signed|settled|fixed|approved|awarded|made|taken|purchased|bought|"
     "selected|commissioned|procured|let|leased|committed|contracted) (before|prior to|ahead of) ~5 "
     "@involvement",
     "settled before anyone was asked", "@perceived ; @housekeeping", T::stated_before},
    {K::prior_decision,
     "before (anyone|any one|any of (us|them|the)|any|patients|residents|carers|people|the public|"
     "service users|communities|families|members|young people|parents|we|they) ~3 (was|were|"
     "had been|could be|got|had|could) ~2 (asked|involved|consulted|engaged|invited|a chance|"
     "a say|any say)",
     "settled before anyone was asked", "@perceived ; @housekeeping", T::stated_before},

    // --- (c) a question people raised, put out of scope or parked -------
    {K::parked_question,
     "(was|were|been|being|is|are|got|get|gets) parked",
     "a question was parked", "@vehicles ~3 (was|were|been|being|is|are|got|get|gets) parked"},
    {K::parked_question,
     "(parked|park|parking) (it|them|this|that|these|those|for later|for now|until|as|"
     "the question|the issue|the topic|the discussion|the point|the idea|the request|the concern|"
     "the subject|questions|concerns|issues)",
     "a question was parked", "parked ~3 @vehicles ; @vehicles ~3 parked"},
    {K::parked_question,
     "(out of scope|scoped out|outside (the|our|its|their|this|that|the group) ~2 (scope|remit|"
     "terms of reference|brief)|beyond (the|our|its|their|this|that) ~2 (scope|remit|brief)|"
     "not (in|within|part of|for) ~3 (scope|remit))",
     "a question was put out of scope",
     "@participants ~4 (agreed|chose|decided|voted|preferred) ; (explained|answered|clarified|"
     "responded|talked through|went through) ; "
     "(our|their|its) own (decision|choice|agreement)"},
    {K::parked_question,
     "(not|never) (up for|open for|open to|available for|on the table for) (discussion|debate|"
     "negotiation|question|questioning|change|consideration|challenge)",
     "a question was not open for discussion"},
    {K::parked_question,
     "(off|not on) the (table|agenda)",
     "a question was taken off the table",
     "(put|kept|back|is|was) on the (table|agenda)"},
    {K::parked_question,
     "(could|would|can|will|should|must) not be (discussed|considered|revisited|changed|covered|"
     "raised|reopened|re opened|questioned|debated|looked at|challenged|talked about)",
     "a question could not be discussed"},
    {K::parked_question,
     "not part of (this|the|our|their|its) ~2 (work|project|programme|review|consultation|remit|"
     "brief|scope|discussion|conversation|engagement|process|exercise|brief)",
     "a question was put out of scope"},
    {K::parked_question,
     "(never|not) (put|taken|brought|offered|opened up|open) to (the|a) ~2 (group|panel|forum|"
     "residents|members|public|people|participants|community|vote|consultation)",
     "a question was never put to people"},
    {K::parked_question,
     "(noted|recorded|heard|logged|captured|acknowledged|listened to) but (not|never) ~3 (taken|"
     "acted|followed|answered|discussed|addressed|pursued|explored|considered|progressed)",
     "a question was noted but not taken further"},
    {K::parked_question,
     "not (something|a matter|an area|a thing|one of the things|what|anything) ~4 (could|can|"
     "were able to|was able to|would be able to) (influence|change|discuss|shape|decide|affect|"
     "comment on|have a say|challenge|question)",
     "people were told a question was not theirs to raise"},
    {K::parked_question,
     "(outside|beyond) (what|anything) ~4 (could|can|was able to|were able to|is able to|are able to) "
     "(decide|influence|change|discuss|shape|affect|consider|look at)",
     "people were told a question was not theirs to raise"},
    {K::parked_question,
     "(could not|can not|would not|unable to|not able to|were not able to|was not able to|"
     "not in a position to) (comment|answer|say|respond|discuss|go into|talk about)",
     "a question could not be answered", "", T::not_applicable,
     "(asked|asking|question|questions|raised|concern|concerns|wanted to know)"},
    {K::parked_question,
     "(not allowed|not permitted|not able|unable|forbidden|prevented from|stopped from|barred from|"
     "discouraged from) [to] (discuss|raise|talk about|ask about|question|challenge|discussing|"
     "raising|talking about|asking about|questioning|challenging|mention|mentioning)",
     "people could not raise a question"},
    {K::parked_question,
     "(told|asked|instructed|reminded|encouraged) ~3 not to (discuss|raise|talk about|ask about|"
     "question|mention|bring up|focus on|dwell on|go into|challenge)",
     "people were told not to raise a question"},
    {K::parked_question,
     "(questions|question|concerns|concern|points|issues|queries|query|comments) ~6 (went|go|"
     "remain|remained|remains|were left|was left|left|are|is|still) ~1 unanswered",
     "questions went unanswered"},
    {K::parked_question,
     "(questions|question|concerns|concern|points|issues|queries|query) ~8 (were|was|have been|"
     "has been|had been|are|is|remain|remained) ~2 (not|never) ~2 (answered|addressed|responded to|"
     "dealt with|taken forward|followed up|picked up|discussed|explored|considered|taken up)",
     "questions were not answered"},
    {K::parked_question,
     "(these|they|those|which|none of them|none of these|this|it) (were|was|have been|had been|has been) "
     "~1 (not|never) ~2 (followed up|answered|addressed|taken forward|responded to|dealt with|"
     "picked up|revisited)",
     "questions were not answered", "", T::not_applicable,
     "(question|questions|concern|concerns|issue|issues|points|queries|query|parking lot)"},
    {K::parked_question,
     "(on|in|to|onto) (the|a) parking lot",
     "a question was parked"},
    {K::parked_question,
     "(a matter for|one for|a question for|an issue for|a topic for|left for|kept for|saved for|"
     "held over for|held over to|deferred to) (another|a different|"
     "a separate|a later|the next|a future|the) ~3 (review|day|group|programme|meeting|time|"
     "project|process|consultation|forum|workstream|phase|stage|conversation|session|team)",
     "a question was left for another time"},
    {K::parked_question,
     "for (another|a different|a separate|a later|a future) (day|time|meeting|review|programme|"
     "group|conversation|session|project|consultation|workstream)",
     "a question was left for another time"},
    {K::parked_question,
     "not for (this|the|our) (project|programme|review|group|consultation|session|meeting|"
     "workshop|process|panel|forum|piece of work|strategy|proposal)",
     "a question was left for another time"},
    {K::parked_question,
     "(set aside|put aside|put to one side|put on hold|shelved|deferred|postponed|sidelined|"
     "closed down|shut down|cut short|moved on from|headed off|redirected|steered away from|"
     "steered people away from|steered us away from|steered them away from|kept off) ~4 "
     "(question|questions|concern|concerns|issue|issues|topic|topics|discussion|discussions|"
     "point|points|request|requests|conversation|conversations|debate|subject|comments)",
     "a question was set aside"},
    {K::parked_question,
     "(question|questions|concern|concerns|issue|issues|topic|topics|discussion|discussions|"
     "point|points|request|requests|debate|conversation|subject) ~6 (was|were|been|being|"
     "had been|has been|have been) ~2 (set aside|put aside|put to one side|put on hold|shelved|"
     "deferred|postponed|excluded|ruled out|closed down|shut down|cut short|taken off the agenda|"
     "kept off the agenda|not allowed|not permitted|discouraged|steered away|headed off|"
     "left for later|left for another)",
     "a question was set aside"},

    // --- (d) harm or strain in the process --------------------------------
    {K::harm,
     "(distressing|upsetting|traumatic|traumatising|traumatizing|harrowing|triggering|"
     "retraumatising|retraumatizing|distressful) (for|to)",
     "a session was distressing", "@service_encounter ; (upset|distressed|angry|disappointed|tearful|shaken) (that|about|because|over) ; (upset|distressed|angry|disappointed|tearful|shaken) by ~4 (@outcome|news|council|letter|letters|cuts|plans)", T::not_applicable, "@setting"},
    {K::harm,
     "(session|sessions|meeting|meetings|conversation|conversations|discussion|discussions|event|"
     "events|workshop|workshops|interview|interviews|day|evening|visit|visits|focus group|circle|"
     "story|stories|storytelling|film|films|it|this|that|experience|recounting|retelling|telling|"
     "sharing|reliving|talking) ~3 (was|were|became|proved|felt|had been|turned out to be|is|are) ~2 "
     "(distressing|upsetting|traumatic|traumatising|traumatizing|harrowing|triggering|"
     "retraumatising|retraumatizing|overwhelming|exhausting|draining|too much|emotionally difficult|"
     "emotionally draining|hard going|painful|very difficult)",
     "a session was distressing"},
    {K::harm,
     "(found|finds|find) ~5 (distressing|upsetting|traumatic|traumatising|traumatizing|harrowing|"
     "triggering|retraumatising|retraumatizing|overwhelming|exhausting|draining|too much|"
     "emotionally difficult|emotionally draining|hard going|painful)",
     "people found a session distressing", "@service_encounter ; (upset|distressed|angry|disappointed|tearful|shaken) (that|about|because|over) ; (upset|distressed|angry|disappointed|tearful|shaken) by ~4 (@outcome|news|council|letter|letters|cuts|plans)", T::not_applicable, "@setting"},
    {K::harm,
     "(was|were|became|become|got|felt|left|seemed|looked|appeared|visibly|clearly|still) ~2 (upset|"
     "distressed|tearful|traumatised|traumatized|shaken|overwhelmed|exhausted|drained|burnt out|"
     "burned out|retraumatised|retraumatized|re traumatised|re traumatized|in tears)",
     "people were left upset or distressed", "@service_encounter ; (upset|distressed|angry|disappointed|tearful|shaken) (that|about|because|over) ; (upset|distressed|angry|disappointed|tearful|shaken) by ~4 (@outcome|news|council|letter|letters|cuts|plans)", T::not_applicable, "@setting"},
    {K::harm,
     "(in tears|cried|crying|broke down|breaking down|had to leave|needed to leave|left the room|"
     "left early upset|walked out|walk out|walking out)",
     "people were in tears or left", "protest ; @service_encounter ; (upset|distressed|angry|disappointed|tearful|shaken) (that|about|because|over) ; (upset|distressed|angry|disappointed|tearful|shaken) by ~4 (@outcome|news|council|letter|letters|cuts|plans)", T::not_applicable, "@setting"},
    {K::harm,
     "(panic attack|panic attacks|anxiety attack|broke down|became unwell|was taken ill|fainted|"
     "had to be taken home|felt faint)",
     "people were left upset or distressed", "protest ; @service_encounter", T::not_applicable,
     "@setting"},
    {K::harm,
     "(not|never) (offered|given|provided|signposted to) ~2 (support|follow up|aftercare|debrief|"
     "debriefing|help|counselling) ~3 (afterwards|after|following|later|then)",
     "there was no support afterwards", "@service_encounter", T::not_applicable, "@setting"},
    {K::harm,
     "(gave up|give up|giving up|stopped|stop) (claiming|claims|asking for|chasing|applying for) ~3 "
     "(expenses|payment|payments|vouchers|money|fees|reimbursement)",
     "payments were too hard to claim"},
    {K::harm,
     "(gave up|give up|giving up) claiming",
     "payments were too hard to claim"},
    {K::harm,
     "(no|without a|without any|not|never) (debrief|debriefed|debriefing|aftercare|"
     "follow up support|support afterwards|wellbeing check|check in afterwards)",
     "there was no debrief"},
    {K::harm,
     "no (time|chance|space|room|one) ~3 (debrief|debriefing|aftercare)",
     "there was no debrief",
     "(needed|wanted|asked for|required|took up) ~2 [a] (debrief|debriefing|aftercare)"},
    {K::harm,
     "(debrief|debriefing|aftercare|support) ~3 (was|were|had been|has been) (not|never) ~2 (offered|"
     "given|held|provided|arranged|available|done|planned|possible)",
     "there was no debrief"},
    {K::harm,
     "(stepped (back|down|away)|(steps|stepping) (back|away)|stepping down (as|from) ~2 (role|"
     "position|chair|co chair|panel|group|forum|board|network|partnership|project))",
     "members stepped back",
     "(stepped|stepping|steps) back (to|and) ~2 (look|looked|reflect|reflected|review|reviewed|"
     "think|consider|see|check|take stock|let|allow) ; (stepped|stepping|steps) (back|down|away) ~4 "
     "(so that|so|to let|to allow|in favour of|and let|and handed|handing) ; (@staff|team|we|"
     "the team|project team|trust staff|our staff) ~2 (stepped|stepping|steps) (back|down|away)"},
    {K::harm,
     "(has|have|had|decided|chose|needed|need|needs|asked|wanted|want|wants|felt they had|had) to "
     "step (back|down|away)",
     "members stepped back",
     "step back (to|and) ~2 (look|reflect|review|think|consider|see|check|take stock|let|allow)"},
    {K::harm,
     "(dropped|dropping|drop|drops) out",
     "members dropped out",
     "(survey|questionnaire|data|record|records|figures|answers|responses|question|signal|"
     "sound|video|call|line) ~3 (dropped|dropping|drop|drops) out ; @service_encounter ; "
     "out of ~2 (treatment|therapy|care|school|college|education|work|university|training)"},
    {K::harm,
     "(left|quit|withdrew|withdrawn|leave|leaving|quitting|withdrawing|resigned|resign|resigning|"
     "resigns) [from] (the|our|their|its) ~2 (group|panel|forum|project|programme|process|"
     "sessions|network|partnership|co production|co design|steering group|reference group|"
     "advisory group|work)",
     "members left the group",
     "(left|leave|leaving) (the|their|its) ~2 (group|panel|forum) (to|with|for|in charge) ; protest"},
    {K::harm,
     "(stopped|stop|stopping|stops) (attending|coming|taking part|participating|engaging|"
     "turning up|showing up)",
     "members stopped coming", "@service_encounter ; (attending|coming) ~2 @service"},
    {K::harm,
     "no longer (attend|attends|attending|come|comes|coming|take part|takes part|taking part|"
     "involved|participate|participates|participating|part of|engaged|engage|engages|"
     "wanted to take part|wish to take part|felt able)",
     "members stopped coming", "@service_encounter ; (attend|attends|attending|come|comes|coming) ~2 @service"},
    {K::harm,
     "(did not|never|not) (come back|return|returned|came back|rejoin|rejoined) (to|after|for|"
     "the|following)",
     "members did not come back",
     "@service_encounter ; (never came back|never come back|not come back|never returned|"
     "not return|never return|come back|came back|return|returned) to (it|this|that|them|the question|"
     "the issue|the topic|the point|the subject)"},
    {K::harm,
     "(lost|losing|lose) ~3 (members|participants|volunteers|carers|parents|young people|"
     "several|two|three|four|five|half|a third|representatives|peer researchers|co chairs)",
     "the group lost members"},
    {K::harm,
     "only ~3 (were|are|was|is|remained|remain) still (attending|coming|involved|taking part|active|"
     "there|turning up|coming along)",
     "the group lost members"},
    {K::harm,
     "only ~4 (original|first|initial|founding|starting) ~3 (still|remained|remain|remains|left|"
     "stayed|stay)",
     "the group lost members"},
    {K::harm,
     "(attendance|numbers|participation) ~6 (fell|dropped|declined|dwindled|halved|tailed off|"
     "fell away|fell off|dropped off)",
     "attendance fell"},
    {K::harm,
     "(payment|payments|vouchers|voucher|fees|fee|expenses|reimbursement|reimbursements|money|"
     "honorarium|honoraria|pay|invoices|invoice) ~4 (was|were|had|had been|have been|has been|came|"
     "arrived|is|are|went|remain|remained|still) ~2 (late|delayed|overdue|missed|not made|never made|"
     "never arrived|not arrived|not come through|not been made|not paid|still outstanding|"
     "outstanding|held up|weeks late|months late|lost|"
     "withheld|cancelled|stopped|not received|never received|unpaid|slow)",
     "payments were late or missed"},
    {K::harm,
     "(payment|payments|vouchers|voucher|fees|fee|expenses|claims|claim|reimbursement|money|"
     "invoices) ~4 (took|take|takes|taking) ~4 (weeks|months) ~2 (to be paid|to arrive|to come through|"
     "to be processed|to be reimbursed|to come|to be made)",
     "payments were late or missed"},
    {K::harm,
     "(late|delayed|missed|overdue|outstanding|slow) (payment|payments|vouchers|expenses|fees|"
     "reimbursement|reimbursements|invoices|invoice)",
     "payments were late or missed"},
    {K::harm,
     "(paid|reimbursed) ~3 (late|weeks late|months late|weeks later|months later|after a long delay|"
     "after several weeks|after several months|after months|after weeks|only after chasing)",
     "payments were late or missed"},
    {K::harm,
     "(not|never) (paid|reimbursed|refunded) ~5 until",
     "payments were late or missed"},
    {K::harm,
     "(still not|not yet|yet to be|never been|still waiting to be|have not been|has not been|"
     "had not been|were never|was never|are still waiting to be) ~1 (paid|reimbursed)",
     "payments were late or missed"},
    {K::harm,
     "still (waiting|chasing) ~4 (payment|payments|paid|vouchers|expenses|money|reimbursement|"
     "reimbursed|fees)",
     "payments were late or missed"},
    {K::harm,
     "(never|not) (received|got) ~3 (payment|payments|vouchers|voucher|money|expenses|fee|fees|"
     "what they were promised|what was promised)",
     "payments were late or missed"},
    {K::harm,
     "(session|sessions|meeting|meetings|workshop|workshops|event|events|interview|interviews|"
     "day|days|evening|evenings|time|work|hours|contribution|contributions) "
     "~3 (was|were) (not|never) (paid|reimbursed|paid for)",
     "people were not paid for their time"},
    {K::harm,
     "(out of pocket|out of their own pocket|out of our own pocket)",
     "people were left out of pocket"},
    {K::harm,
     "(felt|feel|feels|feeling|treated|used) ~3 (token|tokens|tokenised|tokenized|tokenistic|"
     "like tokens|a box to tick|a tick box|like a tick box|box ticking|a token gesture)",
     "people felt tokenised",
     "token of (thanks|appreciation|gratitude|goodwill)"},
    {K::harm,
     "(were|was|been|being) ~2 (tokens|tokenised|tokenized|a token)",
     "people felt tokenised",
     "token of (thanks|appreciation|gratitude|goodwill)"},
    {K::harm,
     "tokenism",
     "people felt tokenised"},
    {K::harm,
     "(only|just|merely) (there|present|invited|brought in|included|asked|wanted|used) ~2 (for|as) ~2 "
     "(the photographs|the photos|photos|photographs|the photo|a photo|show|the cameras|appearances|"
     "decoration|window dressing|the look of it|a tick box|a token|tokens)",
     "people felt tokenised"},
    {K::harm,
     "(used|there|included|invited|brought in|involved) ~4 (to make|to help|so) ~3 (look good|"
     "look better|look inclusive|look diverse|look representative|seem inclusive|appear inclusive)",
     "people felt tokenised"},
    {K::harm,
     "(used|wheeled out|brought in|paraded) ~3 (to tick|as a tick|for show|for the photo|"
     "for the photos|for the cameras|as window dressing|for appearances)",
     "people felt tokenised"},
    {K::harm,
     "(felt|feel|feels|feeling|were|was|been|being) ~2 (pressured|pressurised|pressurized|rushed|"
     "hurried|belittled|patronised|patronized|talked down to|exploited|taken advantage of|"
     "humiliated|bullied|harassed|out of (their|her|his|my|our|your) depth)",
     "people felt pressured or belittled",
     "@service_encounter ; (@service|decision|decisions|changes|change|plans|plan|timetable|work|it|this|"
     "process|consultation|engagement|co production|co design) ~3 (was|were|had been|has been|"
     "felt|seemed|is) ~2 rushed"},
    {K::harm,
     "(felt|feel|feels|feeling) ~3 (unsafe|unwelcome|intimidated|judged|anxious|stressed|"
     "overloaded|overburdened|burdened|used|embarrassed|exposed|blamed|out of place)",
     "people felt unsafe or unwelcome",
     "@service_encounter", T::not_applicable, "@setting"},
    {K::harm,
     "(not|never) (feel|felt|feeling|feels) ~2 (safe|welcome|comfortable|able) ~2 (to|enough|"
     "speaking|sharing|raising|in|at)",
     "people did not feel safe to speak", "@not_the_process", T::not_applicable, "@setting"},
    {K::harm,
     "(afraid|scared|frightened|fearful|nervous|too anxious|reluctant) to (speak|say|raise|share|"
     "disagree|challenge|complain|speak up|speak out|question)",
     "people did not feel safe to speak", "@not_the_process", T::not_applicable, "@setting"},
    {K::harm,
     "(burnout|burn out|burnt out|burned out)",
     "people were burnt out"},
    {K::harm,
     "(workload|burden|demands|time commitment|commitment|expectations) ~3 (was|were|became|is|"
     "are|felt) ~2 (too|heavy|unmanageable|unsustainable|excessive|overwhelming|unrealistic)",
     "the demands were too heavy"},
    {K::harm,
     "dominated by ~3 @staff",
     "staff dominated the sessions"},
    {K::harm,
     "@staff ~3 (dominated|spoke most|talked most|spoke the most|talked the most|"
     "did most of the talking|did the talking|talked over|spoke over|took over|ran the show|"
     "spoke first and longest|controlled the discussion)",
     "staff dominated the sessions"},

    // --- (e) opposition to the outcome (shown, not blocking) -------------
    {K::outcome_dissent,
     "(oppose|opposes|opposed|opposing|opposition to|object to|objects to|objected to|"
     "objecting to|objection to|objections to|reject|rejects|rejected|resist|resists|resisted|"
     "campaign against|campaigns against|campaigned against|campaigning against|petition against|"
     "petitioned against|protest against|protested against|protesting against|"
     "remain unhappy|remains unhappy|remained unhappy|unhappy with|unhappy about|"
     "disappointed with|disappointed by|angry about|angry at) ~4 @outcome",
     "a group opposes the outcome",
     "(vote|voted|voting|majority|show of hands|dot voting|ballot) ; "
     "(each other|one another|among themselves|amongst themselves|between themselves) ; "
     "(reject|rejects|rejected) ~4 (option|options) ~4 (in favour|for|as)"},
    {K::outcome_dissent,
     "(disagree|disagrees|disagreed|disagreeing|do not agree|does not agree|did not agree|"
     "not agree|can not agree|could not agree) with ~3 @outcome",
     "a group opposes the outcome",
     "(vote|voted|voting|majority|show of hands|dot voting|ballot) ; "
     "(each other|one another|among themselves|amongst themselves|between themselves)"},
    {K::outcome_dissent,
     "(does not|do not|did not|would not|will not|can not|could not|not|never) (support|accept|"
     "want|welcome|endorse|back) ~4 @outcome",
     "a group opposes the outcome",
     "(vote|voted|voting|majority|show of hands|dot voting|ballot)"},
    {K::outcome_dissent,
     "(is|are|was|were|remain|remains|remained|stand|stood|firmly|strongly|all|spoke|spoken|"
     "argued|campaigned|campaigning) ~2 against ~3 @outcome",
     "a group opposes the outcome",
     "(vote|voted|voting|majority|ballot) ; (weighed|measured|checked|judged|tested|scored|"
     "assessed|balanced) ~3 against"},
    {K::outcome_dissent,
     "(not|never) what ~3 (wanted|asked for|hoped for|wanted to hear|hoped to hear)",
     "not what people wanted"},
};

constexpr std::string_view kNegations[] = {
    "no", "not", "never", "nobody", "none", "nothing", "neither", "nor", "without", "no one",
    "not one", "not a single", "nowhere", "hardly anyone", "barely anyone", "deny", "denied",
    "denies", "denying", "rather than", "instead of", "free of", "free from", "absence of",
    "avoid", "avoided", "avoids", "avoiding", "prevent", "prevented", "prevents", "preventing",
    "guard against", "guarded against", "protect against", "ruled out", "rules out", "unfounded",
};

constexpr std::string_view kPseudoNegations[] = {
    "not only", "not just", "no doubt", "not least", "no matter", "nothing but",
    "not necessarily", "without doubt", "without question", "no less", "not unlike",
    "never mind", "no longer", "not all", "not everyone", "not every", "none the less",
    "nonetheless", "nevertheless",
};

constexpr std::string_view kNegationsAfter[] = {
    "(was|were|is|are|has been|have been|had been) (not|never) (true|the case|so|raised|reported|"
    "mentioned|said|found|an issue|a problem|a concern|needed|necessary|something)",
    "not the case", "untrue", "unfounded",
    "(none|nobody|no one|not one) (did|had|has|have|was|were|said so|felt that|felt so|reported)",
    "(was|were) denied", "did not happen", "never happened", "was not so", "were not so",
};

constexpr std::string_view kSuppositions[] = {
    "if", "whether", "unless", "suppose", "supposing", "imagine", "hypothetically",
    "hypothetical", "in case", "in the event", "might", "may", "should", "will", "shall",
    "going to", "plan to", "plans to", "planned to", "intend", "intends", "intended to",
    "aim to", "aims to", "hope", "hopes", "hoped", "hoping", "wish", "expect", "expects",
    "expected", "risk", "risks", "danger", "chance", "make sure", "ensure", "ensures", "ensured",
    "ensuring", "so that", "in order to", "lest", "to see", "how to", "whenever", "anyone who",
    "anybody who", "whoever", "any member who", "any participant who", "anyone that", "wonder",
    "wondered", "wondering", "possible", "possibly", "potential", "potentially", "perhaps",
    "maybe", "likely", "unlikely", "tend to", "tends to", "guidance", "training",
    // "could" and "would" suppose, but "could not attend" and "would not
    // support" say what happened: only before a verb that supposes.
    "(could|would|can) (be|have|become|lead|cause|make|feel|find|end|drop|step|leave|stop|mean|"
    "result|happen|get|put|affect|upset|like|prefer|need|want)",
};

constexpr std::string_view kQuestionWords[] = {
    "asked", "ask", "asks", "asking", "question", "questions", "questionnaire", "survey",
    "surveys", "poll", "item", "items", "statement", "statements", "prompt", "prompts", "form",
    "card", "cards", "heading", "headings", "titled", "entitled", "called", "reads", "read",
    "rate", "rated", "rating", "score", "scored", "agree or disagree", "agreed or disagreed",
    "tick", "ticked", "wording", "worded", "slide", "poster", "leaflet", "example", "examples",
};

constexpr std::string_view kAuxiliaries[] = {
    "do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can", "could",
    "would", "will", "should", "shall", "may", "might", "must", "am",
};

constexpr std::string_view kScopeEnds[] = {
    "but", "however", "although", "though", "yet", "except", "whereas", "while", "whilst",
    "and", "so", "because", "since", "then", "until", "which", "who", "when", "after", "before",
    "once", "later", "instead",
};

constexpr std::string_view kBeforeCues[] = {
    "already",
    "before ~4 @involvement",
    "prior to ~3 (any|the|engagement|consultation|involvement|co production|co design|workshop|"
    "workshops|session|sessions|survey|conversations|asking|involving|consulting|engaging)",
    "ahead of ~3 (any|the|engagement|consultation|involvement|co production|co design|workshop|"
    "workshops|session|sessions|survey|conversations)",
    "in advance", "beforehand", "predetermined", "pre determined",
    "(told|learned|learnt|found out|discovered|informed|heard) ~9 had ~2 been",
};

}  // namespace

const Vocabulary& vocabulary() {
  static const Vocabulary v{kLists,           kPhrases,          kNegations,
                            kPseudoNegations, kNegationsAfter,   kSuppositions,
                            kQuestionWords,   kAuxiliaries,      kScopeEnds,
                            kBeforeCues};
  return v;
}

}  // namespace coprod::evidence
