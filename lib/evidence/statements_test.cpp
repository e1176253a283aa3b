#include "evidence/statements.h"

#include <set>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "evidence/pattern.h"
#include "evidence/phrases.h"

namespace coprod::evidence {
namespace {

// The kinds a sentence gives, as kind_name() writes them, space-separated.
std::string kinds_of(std::string_view sentence) {
  std::set<std::string> kinds;
  for (const Statement& s : statements_in(sentence)) kinds.insert(std::string(kind_name(s.kind)));
  std::string out;
  for (const std::string& k : kinds) out += (out.empty() ? "" : " ") + k;
  return out;
}

std::string sorted_kinds(std::string_view expected) {
  std::set<std::string> kinds;
  std::size_t start = 0;
  while (start < expected.size()) {
    const std::size_t space = expected.find(' ', start);
    const std::size_t end = space == std::string_view::npos ? expected.size() : space;
    kinds.insert(std::string(expected.substr(start, end - start)));
    start = end + 1;
  }
  std::string out;
  for (const std::string& k : kinds) out += (out.empty() ? "" : " ") + k;
  return out;
}

struct Expected {
  std::string_view kinds;  // empty: nothing
  std::string_view sentence;
};

// Sentences as evidence notes, minutes and reports write them. Each must
// give exactly the kinds beside it.
const std::vector<Expected>& must_fire() {
  static const std::vector<Expected> cases = {
      // (a) a group's disagreement with the process
      {"process-dissent", "The parents' forum asked that its disagreement with how the engagement was run be minuted."},
      {"process-dissent", "At the end of the session the carers asked for their objection to the process to be recorded in the notes."},
      {"process-dissent", "Members of the deaf community group want their dissent noted in the board paper."},
      {"process-dissent", "The Somali women's group wrote to the chief executive to say it does not support the consultation."},
      {"process-dissent", "The tenants' association will not endorse the engagement process in its current form."},
      {"process-dissent", "Several carers felt their views were not listened to during the design sessions."},
      {"process-dissent", "Young people told us their ideas were never taken seriously by the project board."},
      {"process-dissent", "Participants did not feel it was a genuine consultation."},
      {"process-dissent", "One member described the workshops as a box-ticking exercise."},
      {"process-dissent", "The residents' panel said the whole thing was a tick-box exercise."},
      {"process-dissent", "Some attendees felt the listening events were lip service."},
      {"process-dissent", "The Bangladeshi elders felt sidelined in the co-design group."},
      {"process-dissent", "Members said they felt talked at rather than listened to."},
      {"process-dissent", "The group's comments about transport were watered down in the final report."},
      {"process-dissent", "The disability forum's objections were dismissed by the programme lead."},
      {"process-dissent", "Their request for an evening session was turned down without any explanation."},
      {"process-dissent", "Several participants said the decision had already been made before they arrived."},
      {"process-dissent", "People told us it felt like a done deal."},
      {"process-dissent", "The peer researchers believed the outcome was predetermined."},
      {"process-dissent", "Carers felt they had no real say over the final design."},
      {"process-dissent", "Three members of the panel walked out in protest at the second meeting."},
      {"process-dissent", "The Gypsy and Traveller liaison group boycotted the final workshop."},
      {"process-dissent", "The youth council withdrew from the co-design in protest."},
      {"process-dissent", "The group is not satisfied with the way the decision was made."},
      {"process-dissent", "Members are unhappy with the engagement and want it reopened."},
      {"process-dissent", "The carers' group declined to sign off the summary of the sessions."},
      {"process-dissent", "The patient participation group lodged a formal complaint about the consultation."},
      {"process-dissent", "Healthwatch received a written complaint about the engagement from a residents' group."},
      {"process-dissent", "They said they should have been involved before the options were drawn up."},
      {"process-dissent", "The men's shed group was only asked after the decision was taken."},
      {"process-dissent", "The Polish community association said the process was unfair."},
      {"process-dissent", "Members felt the consultation was not genuine and said so in writing."},
      {"process-dissent", "Our group didn’t feel listened to at any point in the process."},
      {"process-dissent", "The parents were not properly consulted on the new pathway."},
      {"process-dissent", "The learning disability partnership board feels it was not treated as an equal partner."},
      {"process-dissent", "Local people felt that the survey was a sham consultation."},
      {"process-dissent", "The network withdrew its support for the engagement process in August."},
      {"process-dissent", "Members wanted it put on record that they disagreed with the process."},
      {"process-dissent", "Action: note in the minutes that Carers Voice disagrees with how the engagement has been handled."},
      {"process-dissent", "The Traveller Movement representative said the process had not been a genuine partnership."},
      {"process-dissent", "Several young people commented that nobody listened to them."},
      {"process-dissent", "A number of carers expressed frustration with the consultation process."},
      {"process-dissent", "The group feels its voice has been lost in the final document."},
      {"process-dissent", "She told the facilitator the group had been consulted only so the trust could say it had."},
      {"process-dissent", "The Caribbean elders' lunch club does not feel the trust has engaged with it in good faith."},
      {"process-dissent", "Members asked that the board be told they are not happy with the process."},
      {"process-dissent", "The panel's view is that the consultation was flawed."},
      {"process-dissent", "The Kurdish women's group has asked us to make clear that they do not agree with the way this engagement was carried out."},
      {"process-dissent", "Our members feel strongly that they were consulted too late to make any difference."},
      {"process-dissent", "Comment from a carer: \"You have already made up your minds, so why ask us?\""},
      {"process-dissent", "The Deaf community felt excluded because no BSL interpreter was booked for two of the sessions."},
      {"process-dissent", "Many attendees felt the event was a PR exercise rather than a real conversation."},
      {"process-dissent", "The group did not feel that their contributions made any difference."},
      {"process-dissent", "The youth forum stated it could not endorse the co-design report."},
      {"process-dissent", "One representative said the trust only wanted to hear what it wanted to hear."},
      {"process-dissent", "The Chinese community centre has written to say it cannot support an engagement process that did not include interpreters."},
      {"process-dissent", "Feedback from the sessions: \"We were there to rubber-stamp a plan that was already finished.\""},
      {"process-dissent", "Parents felt that their input was ignored when the final model was chosen."},
      {"process-dissent", "The women's refuge said it was not given enough time to involve the women it supports and asked for this to be recorded."},
      {"process-dissent", "Members of the self-advocacy group said they were not treated with respect in the meetings."},
      {"process-dissent", "Two community organisations declined to endorse the engagement report."},
      {"process-dissent", "Note added at the group's request: members do not feel the engagement has been meaningful."},
      {"process-dissent", "The carers' reference group feels the consultation was rushed through over the summer holidays."},
      {"process-dissent", "Several residents said they felt their time had been wasted because nothing they said was used."},
      {"process-dissent", "The youth council has refused to put its name to the final report."},
      {"process-dissent", "Members felt the staff had their minds made up before the first meeting."},
      // (b) a decision, contract, lease, site or supplier settled first
      {"prior-decision", "The lease on Unit 4, Riverside Park, was signed on 14 January 2026."},
      {"prior-decision", "The trust signed a ten-year lease for the Eastgate building in March 2026."},
      {"prior-decision", "The business case was approved by the ICB board on 3rd February 2026."},
      {"prior-decision", "The ICB approved the outline business case in November 2025."},
      {"prior-decision", "The supplier contract was awarded under delegated authority on 30/06/2026."},
      {"prior-decision", "The site at Station Road had already been purchased by the council."},
      {"prior-decision", "The location was decided before any residents were asked."},
      {"prior-decision", "The model was already contracted when the panel first met."},
      {"prior-decision", "The contract with the app provider was signed before the first workshop."},
      {"prior-decision", "Capital funding for the new hub was secured in June 2025, before engagement began."},
      {"prior-decision", "The board agreed in principle in December 2025 to move the service to the hospital site."},
      {"prior-decision", "The decision to close the unit was taken in a private session on 2026-02-10."},
      {"prior-decision", "The preferred provider had been selected in April 2026."},
      {"prior-decision", "Everything about the new triage model was already settled."},
      {"prior-decision", "It was already decided that the clinic would move."},
      {"prior-decision", "The site was chosen ahead of the consultation."},
      {"prior-decision", "The procurement was completed on March 3, 2026."},
      {"prior-decision", "The trust had already signed the contract for the online triage system."},
      {"prior-decision", "The premises were acquired prior to any engagement with patients."},
      {"prior-decision", "Members were told at the first meeting that the lease had been signed."},
      {"prior-decision", "The new building was bought before anyone was consulted."},
      {"prior-decision", "The outcome was a foregone conclusion."},
      {"prior-decision", "We learned at the drop-in that the contract had already been awarded."},
      {"prior-decision", "The council's cabinet approved the relocation to the Civic Centre on 12th September 2025."},
      {"prior-decision", "Heads of terms for the new premises were agreed in January 2026."},
      {"prior-decision", "The outline business case, approved in February 2026, names Northgate as the preferred site."},
      {"prior-decision", "Procurement of the digital triage supplier concluded in May 2026 and the contract was let in June 2026."},
      {"prior-decision", "By the time of the first listening event the building had already been bought."},
      {"prior-decision", "The decision to centralise stroke services was made before public engagement began."},
      {"prior-decision", "Staff explained that the location had been fixed in advance by the estates programme."},
      {"prior-decision", "Planning permission for the new health centre was granted in October 2025."},
      {"prior-decision", "NHS England had signed off the capital bid before the listening events."},
      {"prior-decision", "The three options presented to the panel had already been narrowed down by the executive team."},
      {"prior-decision", "The preferred bidder was announced on 1 April 2026."},
      {"prior-decision", "The trust board took the decision on 28 January 2026 to consolidate the two units."},
      {"prior-decision", "The council had already committed the capital for the Northgate scheme in its 2025 budget."},
      {"prior-decision", "The decision to move the clinic was made by the executive team in February 2026."},
      {"prior-decision", "A five-year contract for the new service was awarded on 1 May 2026."},
      {"prior-decision", "Before any patients were involved, the trust had chosen the supplier."},
      {"prior-decision", "The building works contract was signed in August 2025."},
      {"prior-decision", "Funding for the digital service was already committed before the engagement started."},
      {"prior-decision", "The hospital site had been selected by the programme board prior to the public events."},
      // (c) a question put out of scope or parked
      {"parked-question", "Questions about car parking at the new site were parked."},
      {"parked-question", "The facilitator parked the question of the site's location."},
      {"parked-question", "Location was treated as out of scope, although most comments were about it."},
      {"parked-question", "Concerns about evening opening hours were ruled out of scope by the programme team."},
      {"parked-question", "Transport was outside the remit of the group, we were told."},
      {"parked-question", "The future of the minor injuries unit was not up for discussion."},
      {"parked-question", "Closing the walk-in centre was off the table for this consultation."},
      {"parked-question", "We were told the bed numbers could not be discussed."},
      {"parked-question", "Residents were told not to raise the closure of the branch surgery."},
      {"parked-question", "Several questions about interpreters went unanswered."},
      {"parked-question", "Concerns raised by carers about respite were not answered."},
      {"parked-question", "The question of funding was deferred to a later review."},
      {"parked-question", "The chair closed down the discussion about staffing."},
      {"parked-question", "People's questions about the site were set aside."},
      {"parked-question", "Waiting times were a matter for another programme, so the group moved on."},
      {"parked-question", "The topic of parking was left for another day."},
      {"parked-question", "The issue of home visits was put on hold."},
      {"parked-question", "Questions about the contract were kept off the agenda."},
      {"parked-question", "Staff steered people away from the question of where the clinic would be."},
      {"parked-question", "Discharge planning was said to be beyond the scope of this review."},
      {"parked-question", "Access for wheelchair users was not for this project, according to the lead."},
      {"parked-question", "We parked it for now and never came back to it."},
      {"parked-question", "People kept asking about the future of the day unit but were told this was for a separate review."},
      {"parked-question", "Several residents wanted to talk about GP access; the facilitator said this was out of scope."},
      {"parked-question", "The panel were not allowed to discuss the bed numbers."},
      {"parked-question", "We noted questions about transport on a 'parking lot' sheet, and these were not followed up."},
      {"parked-question", "Concerns about the closure of the branch surgery were not addressed in the sessions."},
      {"parked-question", "The chair ruled that discussion of the site was outside the terms of reference."},
      {"parked-question", "Questions on staffing were deferred to the workforce group."},
      {"parked-question", "Whenever parking came up, we were reminded that it was not part of this work."},
      {"parked-question", "Residents' questions about the loss of the pharmacy were noted but not taken any further."},
      {"parked-question", "The panel was told that staffing levels were not something they could influence."},
      {"parked-question", "Several people asked about the future of the hydrotherapy pool; we said we could not comment."},
      {"parked-question", "Questions about the closure were taken off the agenda by the chair."},
      {"parked-question", "The group's concerns about police attendance were not discussed."},
      {"parked-question", "People were told the location question was outside what the panel could decide."},
      {"parked-question", "Discussion of the A&E changes was shut down at the first meeting."},
      {"parked-question", "The closure of the birth centre was described as \"not on the table\" throughout."},
      {"parked-question", "Residents asked repeatedly about transport, but this was deferred to the next phase."},
      {"parked-question", "Questions about who would run the service were left unanswered."},
      // (d) harm or strain in the process
      {"harm", "The session on birth trauma was distressing for several mothers and there was no debrief."},
      {"harm", "Retelling their stories in the workshop proved upsetting for two carers."},
      {"harm", "One participant found the filming very distressing."},
      {"harm", "A young person left the session in tears."},
      {"harm", "There was no debrief after the story circle."},
      {"harm", "The interviews went ahead without a debrief for the peer researchers."},
      {"harm", "Two members stepped back from the panel after the March meeting."},
      {"harm", "Three parents dropped out after the second workshop."},
      {"harm", "The co-chair stepped down in July, citing the workload."},
      {"harm", "Several volunteers left the steering group during the summer."},
      {"harm", "Carers stopped attending once the sessions moved to the daytime."},
      {"harm", "Two of the peer researchers no longer take part."},
      {"harm", "We lost four members of the youth panel over the year."},
      {"harm", "Attendance at the co-design group fell from 14 to 5."},
      {"harm", "Involvement payments were three months late."},
      {"harm", "Vouchers for the July sessions had still not arrived by October."},
      {"harm", "Members were paid weeks late for the spring sessions."},
      {"harm", "Two carers have still not been paid for the focus group."},
      {"harm", "Some members are still waiting for their expenses."},
      {"harm", "The panel never received the payments they were promised."},
      {"harm", "Late payments caused real hardship for some members."},
      {"harm", "The first workshop was not paid, which people noticed."},
      {"harm", "Some carers were left out of pocket for travel."},
      {"harm", "Some members felt tokenised by the project team."},
      {"harm", "Young people said they felt like tokens on the board."},
      {"harm", "Members felt used for the photos."},
      {"harm", "Several participants felt rushed in the design sessions."},
      {"harm", "One member felt pressured to agree with the clinicians."},
      {"harm", "People felt intimidated speaking in front of senior staff at the meeting."},
      {"harm", "Some members did not feel safe to speak in the group."},
      {"harm", "Two self-advocates were afraid to speak up in the meeting."},
      {"harm", "The design days were dominated by managers."},
      {"harm", "Clinicians did most of the talking at the first workshop."},
      {"harm", "The workload became too heavy for the volunteer co-chairs."},
      {"harm", "Two experts by experience told us they were burnt out."},
      {"harm", "Members were visibly upset after the session on restraint."},
      {"harm", "One mother became very distressed when talking about her son's care, and no follow-up support was offered."},
      {"harm", "Several members stepped away from the group over the summer."},
      {"harm", "The autistic adults' group lost half its members between March and June."},
      {"harm", "Two carers withdrew after the third meeting, citing the travel and the late payments."},
      {"harm", "Payments for the spring sessions were delayed by eight weeks."},
      {"harm", "Members reported feeling like tokens at the programme board."},
      {"harm", "The peer researchers said the interviews were emotionally draining and there was no supervision."},
      {"harm", "Two young people left the workshop upset."},
      {"harm", "Some members said they felt patronised by the clinicians in the room."},
      {"harm", "Expenses claims took over three months to be paid."},
      {"harm", "A peer researcher was left shaken after an interview and there was no one to talk to."},
      {"harm", "After the autumn, only three of the original twelve members were still coming."},
      {"harm", "Members were not reimbursed for childcare until January."},
      {"harm", "The youth panel felt they were only there for the photographs."},
      {"harm", "Several members said the meetings were too long and left them exhausted."},
      {"harm", "One carer said she felt out of her depth in the technical sessions."},
      {"harm", "Payment by bank transfer excluded two members who have no bank account, and they stopped coming."},
      {"harm", "The second story circle was harrowing for some of the women, and they had no one to talk to afterwards."},
      {"harm", "By the end of the project only four members were still attending."},
      {"harm", "Several volunteers quit the reference group after the payments went wrong."},
      {"harm", "Vouchers took ten weeks to arrive."},
      {"harm", "The young carers felt they had been used to make the project look good."},
      {"harm", "One participant had a panic attack during the session and left."},
      {"harm", "Carers said they could not keep giving up their time unpaid and three left the forum."},
      {"harm", "The expenses form was so complicated that several members gave up claiming."},
      {"harm", "A member disclosed abuse in the group and was not offered any support afterwards."},
      // more than one kind in a sentence
      {"process-dissent harm", "The group said it felt ignored, and two members stepped back."},
      {"process-dissent harm", "Members raised concerns that the engagement had been rushed and felt tokenistic."},
  };
  return cases;
}

// Sentences that must give no process dissent, prior decision, parked
// question or harm: healthy debate inside a group, a disagreement settled by
// the group's own vote, opposition to the outcome alone (which gives
// outcome-dissent, and nothing else), negation, questions and quoted survey
// items, suppositions, what people said of a service (not of the process),
// and the other senses of "decided", "scope", "lease", "parked", "step
// back", "drop" and "token".
const std::vector<Expected>& must_not_fire() {
  static const std::vector<Expected> cases = {
      // (e) opposition to the outcome, the process accepted: shown, not process dissent
      {"outcome-dissent", "The carers' group opposes the closure of the ward but accepts that the process was fair."},
      {"outcome-dissent", "Residents remain strongly against the relocation of the clinic."},
      {"outcome-dissent", "The patient group does not support the proposal to reduce opening hours."},
      {"outcome-dissent", "Many respondents objected to the loss of the evening clinic."},
      {"outcome-dissent", "The forum disagreed with the recommendation to close Ward 7, while agreeing the engagement had been thorough."},
      {"outcome-dissent", "This is not what many families wanted."},
      {"outcome-dissent", "The Friends of Moorside remain opposed to the reduction in beds."},
      {"outcome-dissent", "The tenants' association objects to the move but agrees it was properly consulted."},
      {"outcome-dissent", "The local campaign group still opposes the downgrading of the A&E."},
      {"outcome-dissent", "Many respondents did not want the clinic to move out of the town."},
      {"outcome-dissent", "Healthwatch reports that most respondents opposed the closure of the walk-in centre."},
      {"outcome-dissent", "The residents' association remains against the closure of the branch library clinic."},
      // healthy debate, votes, negation, questions, suppositions, services, other senses,
      // and what an assured proposal's own text says
      {"", "There was lively debate between members about weekend opening."},
      {"", "Members disagreed with each other about the best location for the hub."},
      {"", "The group settled the disagreement about opening hours by a show of hands."},
      {"", "After a long discussion the panel voted 9 to 3 for the hybrid option."},
      {"", "Three members voted against the preferred option, and the majority view was carried."},
      {"", "The two youth groups argued strongly, then agreed a compromise together."},
      {"", "People challenged the clinicians' assumptions and the model changed as a result."},
      {"", "There was strong disagreement in the room, which the co-chairs handled well."},
      {"", "No one said they felt ignored."},
      {"", "Nobody felt their views were not listened to."},
      {"", "Members did not step back, even when the sessions moved online."},
      {"", "There was no suggestion that the decision had already been made."},
      {"", "No payments were late this year."},
      {"", "None of the volunteers dropped out."},
      {"", "No one found the sessions distressing, and a debrief was offered anyway."},
      {"", "There was no sense that anything had been decided before people were asked."},
      {"", "None of the members reported feeling tokenised."},
      {"", "We did not park any questions."},
      {"", "No questions were left unanswered."},
      {"", "At no point were members told not to raise the closure."},
      {"", "The payments were not late."},
      {"", "Nobody walked out."},
      {"", "We made sure nothing was decided before anyone was asked."},
      {"", "We asked whether anyone felt rushed."},
      {"", "We asked if anyone had felt their views were not listened to; none had."},
      {"", "The survey asked: \"Did you feel your views were listened to?\""},
      {"", "One survey item read \"I felt my views were not taken seriously\" and 4% agreed."},
      {"", "If the site had been chosen before the consultation, the process would be unlawful."},
      {"", "Facilitators were trained in what to do if a session became distressing."},
      {"", "To avoid tokenism, every panel member is paid at the same rate as staff."},
      {"", "The risk that members drop out is managed by paying them promptly."},
      {"", "We will check whether any payments were late."},
      {"", "Did anyone feel the decision had already been made?"},
      {"", "Should members step back, the co-chairs will contact them."},
      {"", "Members could step back at any time without giving a reason."},
      {"", "The workshop explored what happens if people feel ignored by services."},
      {"", "Patients told us they often feel ignored by reception staff."},
      {"", "Families said they were not listened to when they raised concerns on the ward."},
      {"", "Many patients felt rushed in their GP appointments."},
      {"", "Parents described feeling judged at the school gate."},
      {"", "Several young people dropped out of college after their diagnosis."},
      {"", "People stopped attending clinic because of the bus fares."},
      {"", "Long waits in A&E were distressing for older people."},
      {"", "Being discharged without a plan left families upset."},
      {"", "The group decided to meet monthly."},
      {"", "Members decided together which three priorities to take forward."},
      {"", "We decided to hold the sessions in the evening so that working carers could come."},
      {"", "The panel agreed the site with the estates team at the July workshop."},
      {"", "Residents chose the new location by dot voting on 12 June 2026."},
      {"", "The contract will be signed after the board has made its decision."},
      {"", "The lease on the community hall runs until 2030."},
      {"", "The current lease ends in March 2027, which is why the service has to move."},
      {"", "The business case will be written with the panel in the autumn."},
      {"", "The scope of the project was agreed with the lived experience panel."},
      {"", "Members widened the scope to include unpaid carers."},
      {"", "The scoping workshop was held in a library."},
      {"", "The group agreed that housing was out of scope for this service."},
      {"", "Visitors parked in the staff car park."},
      {"", "The minibus was parked outside the community centre."},
      {"", "We stepped back to look at the whole pathway with the group."},
      {"", "The co-chairs asked staff to step back and let members lead."},
      {"", "The drop-in session was busy."},
      {"", "A late change of venue was announced by text message."},
      {"", "All members were paid £25 an hour, by bank transfer or in cash."},
      {"", "Payments were made within five working days of each session."},
      {"", "A £10 voucher was given as a token of thanks."},
      {"", "The topic can be distressing, so a counsellor was present throughout."},
      {"", "The session was emotional but people said it was worth it."},
      {"", "A debrief was held after every story circle."},
      {"", "The carers' group is satisfied with the process and has signed off the report."},
      {"", "People felt listened to and said the sessions were well run."},
      {"", "Participants felt the design was genuinely theirs."},
      {"", "The evaluation found the process was fair and open."},
      {"", "Members signed off the final report at the November meeting."},
      {"", "The decision will be made by the board on 9 March 2027."},
      {"", "The clinic moved to Eastgate after residents chose it."},
      {"", "The trust has not signed any contract for the new service."},
      {"", "No decision about the site has been made."},
      {"", "Nothing has been agreed about the location."},
      {"", "The site has not been chosen yet."},
      {"", "Staff wanted to hear from people before anything was decided."},
      {"", "The panel asked for the minutes to be sent out earlier."},
      {"", "The group asked for the next meeting to be recorded so that absent members could watch it."},
      {"", "Two members asked for their names to be left out of the report."},
      {"", "The board keeps the final decision on the number of beds, and the forum knew this from the start."},
      {"", "The reablement team visits before discharge."},
      {"", "Carers told us about being dropped at discharge."},
      {"", "We talked about what to do when the service steps down support."},
      {"", "The service supports people stepping down from inpatient care."},
      {"", "Questions about the pilot were answered at the next meeting."},
      {"", "The question of parking was answered in the follow-up letter."},
      {"", "We discussed the options openly, including closing the site."},
      {"", "The options were weighed against the criteria the forum wrote."},
      {"", "The staff team met in March 2026 to plan the engagement."},
      {"", "A survey in May 2026 asked people where they would like the hub to be."},
      {"", "The new hub opened in the town centre in September 2026."},
      {"", "Members said the sessions felt relaxed and friendly."},
      {"", "The group was upset that the bus route had been cut by the council."},
      {"", "Some members were disappointed that the café will close, but understood why."},
      {"", "The decision was welcomed by the tenants' association."},
      {"", "People were not asked for their NHS numbers."},
      {"", "Respondents to the postal survey were not paid."},
      {"", "No one was paid for answering the online survey."},
      {"", "The evaluation asked whether the sessions were too long."},
      {"", "Members asked why some services were out of scope, and the lead explained the funding rules."},
      {"", "Members of the group disagreed with each other at first but reached agreement by the end."},
      {"", "The forum voted on the three options and the hybrid model won."},
      {"", "After debate, the group agreed by majority to recommend weekend opening."},
      {"", "Not one member has stepped back this year."},
      {"", "We found no evidence that the site was chosen before people were asked."},
      {"", "It is not the case that the contract was signed before the workshops."},
      {"", "The evaluation asked: \"Were you paid on time?\""},
      {"", "We asked participants whether they felt their views were taken seriously."},
      {"", "If anyone felt rushed, they were encouraged to say so at the debrief."},
      {"", "Members who step back can rejoin at any time."},
      {"", "The group felt listened to throughout."},
      {"", "The panel signed off the report without changes."},
      {"", "The trust will not sign a lease until the board has decided."},
      {"", "Patients told us they feel dismissed by their GP."},
      {"", "People described being passed around services and feeling ignored."},
      {"", "Several older people said the online booking system left them feeling shut out."},
      {"", "The decision on the site will be taken by the board in March 2027, after the co-design."},
      {"", "The business case was co-produced with the lived experience panel in September 2026."},
      {"", "The lease was renewed for another year in 2024 so that the service could stay open during the work."},
      {"", "Residents parked their concerns about the name, deciding it could wait until the building opened."},
      {"", "The minutes were agreed at the start of the meeting."},
      {"", "The session covered the scope of the new service."},
      {"", "The clinic stepped up its outreach work in the summer."},
      {"", "Families dropped in to the café throughout the afternoon."},
      {"", "The young people's group set the agenda for every meeting."},
      {"", "Members challenged each other hard on the criteria, which made the final list stronger."},
      {"", "There was a split vote on the name, and the group accepted the result."},
      {"", "The youth panel chose not to sign the report until the easy read version was ready, and signed it in May."},
      {"", "No one felt the session was tokenistic."},
      {"", "None of the parents said they felt judged in the group."},
      {"", "Nobody has asked for their disagreement to be recorded."},
      {"", "We have no evidence that payments were late."},
      {"", "Would you say your views were listened to? 92% said yes."},
      {"", "The prompt card read: \"Was anything decided before you were asked?\""},
      {"", "Staff will debrief anyone who finds the stories upsetting."},
      {"", "If a decision has already been made, we will say so at the start."},
      {"", "We avoided any suggestion that the location had been fixed."},
      {"", "Parents told us that health visitors often dismissed their worries."},
      {"", "People with learning disabilities told us they feel rushed at the GP."},
      {"", "One man described being left in tears by a receptionist."},
      {"", "Families said the hospital stopped their visits during the pandemic."},
      {"", "The peer support group stopped meeting in 2020 and restarted last year."},
      {"", "The estates team will identify possible sites with residents in the new year."},
      {"", "A second lease option will be explored with the panel."},
      {"", "The decision about opening hours was made by the panel at its July meeting."},
      {"", "Members were paid on the day, in cash or by voucher, as they chose."},
      {"", "The group's terms of reference were agreed at the first session."},
      {"", "The project scope includes carers and young carers."},
      {"", "The team stepped back from chairing so that members could lead."},
      {"", "A member moved away and left the group with our thanks."},
      {"", "The group decided to drop the health bus idea."},
      {"", "Members argued about the timetable until they found one that worked for everyone."},
      {"", "The decision was made by the co-design group after three rounds of voting."},
      {"", "The trust has been clear that nothing has been decided."},
      {"", "Nobody said the decision had been made before they were involved."},
      {"", "There were no late payments in the second year."},
      {"", "No one left the panel during the project."},
      {"", "\"Did you feel listened to?\" was the first question on the feedback form."},
      {"", "The question was whether people felt their views had been taken seriously."},
      {"", "We want to know if anyone felt rushed."},
      {"", "Patients described staff at the clinic as rushed and dismissive."},
      {"", "The carers' group is happy with how the engagement was run."},
      {"", "The lease for the pilot site will be agreed once the panel has chosen a location."},
      {"", "We chose the venue because it has step-free access."},
      {"", "The scope of the evaluation was set by the peer researchers."},
      {"", "A member stepped in to chair when the co-chair was ill."},
      {"", "Residents said they would drop in to the new hub regularly."},
      {"", "The group parked the minibus outside the library."},
      {"", "Members said the sessions were a good use of their time."},
      {"", "The panel holds half the votes on the programme board and can stop a change going ahead."},
      {"", "Self-advocates co-chair the group and set its agenda."},
      {"", "Everyone who took part was offered payment at the trust's involvement rate, in cash, voucher or bank transfer."},
      {"", "Travel and childcare were paid on the day."},
      {"", "We heard that letters do not work for people who read little English."},
      {"", "People told us they wait too long for a call back from the practice."},
      {"", "Families said discharge felt rushed and they were not told what would happen next."},
      {"", "Young people said they did not feel safe in the waiting room."},
      {"", "Carers told us they feel invisible to hospital staff."},
      {"", "Older people said they were not listened to when they rang the surgery."},
      {"", "Not adopted: a 24-hour walk-in centre, because we cannot staff it safely."},
      {"", "We could not fund a second site; we will review this in 2028."},
      {"", "The council is reviewing bus routes and we have passed on what people said."},
      {"", "The forum will review progress every quarter with the service manager."},
      {"", "Peer researchers will interview 30 people at six and twelve months."},
      {"", "The evaluation was led by Healthwatch and found people valued being paid and heard."},
      {"", "Next time we will start the evening sessions earlier."},
      {"", "Improvements: book interpreters two weeks ahead; share the budget at the first session."},
      {"", "The decision the board is asked to make is to approve the model and its recurrent funding."},
      {"", "The group decided to call the service \"The Front Room\"."},
      {"", "Members agreed the final design at the September workshop."},
      {"", "The site was chosen by residents from three options at the July event."},
      {"", "The budget was shared openly at the first meeting."},
      {"", "Staffing figures were shared so people could judge the options for themselves."},
      {"", "People who could not come to meetings were visited at home."},
      {"", "Two sessions were held online for carers who work."},
      {"", "We are grateful to everyone who gave their time."},
      {"", "The co-design group met six times between November and January."},
      {"", "Attendance was steady at around 14 people a session."},
      {"", "All payments were made within a week."},
      {"", "A debrief was offered after every session and two people took it up."},
      {"", "The story circles were emotional, and people said they were glad to have shared."},
      {"", "Where a story was hard to tell, a peer supporter sat with the teller afterwards."},
      {"", "The group set its own ground rules at the first meeting."},
      {"", "The scope was agreed with the panel at the start, and widened to include carers in March."},
      {"", "Questions people raised are listed in the questions section with a plan for each."},
      {"", "Parking at the hub was raised often; the council has agreed extra spaces."},
      {"", "Nobody was asked to share more than they wanted to."},
      {"", "Members could leave the room at any time, and a quiet room was available."},
      {"", "Healthwatch observed two sessions and reported that participants were listened to."},
      {"", "The sessions ran over time twice, so we shortened the agenda."},
      {"", "Some people found the first meeting hard to follow, so we produced an easy read summary."},
      {"", "The trust board keeps the final say on spending, and the panel knew this from the start."},
      {"", "We explained at the start what could and could not change."},
      {"", "Members said the process was fair even where they did not get what they wanted."},
      {"", "Some would have liked more sessions, but all signed off the report."},
      {"", "People with dementia and their carers tested the signage in the new building."},
      {"", "The contract for the pilot will be let only after the co-design is complete."},
      {"", "The preferred site will be chosen with residents in the spring."},
      {"", "No decision has yet been taken on the future of the day unit."},
      {"", "There was robust challenge from the panel, which the clinicians welcomed."},
      {"", "People disagreed about the opening times and settled on a compromise."},
      {"", "We checked with members whether they were happy to continue, and all were."},
      {"", "No member has asked to leave the group."},
      {"", "Nobody reported any distress during or after the sessions."},
      {"", "A counsellor was available in case anyone found the discussion difficult."},
      {"", "Patients described feeling dismissed by the out-of-hours service."},
      {"", "Families said they were not told about discharge until the last minute."},
      {"", "The contract will be awarded through an open procurement later in the year."},
      {"", "Members chose the supplier after hearing three presentations."},
      {"", "The decision about which site to use was taken by the design group in June 2026."},
      {"", "The project scope was broadened after the first workshop."},
      {"", "Members stepped up to co-chair the later sessions."},
      {"", "The group's final report was signed off by all members."},
  };
  return cases;
}

bool blocks_or_warns(std::string_view kinds) {
  return kinds.find("process-dissent") != std::string_view::npos ||
         kinds.find("prior-decision") != std::string_view::npos ||
         kinds.find("parked-question") != std::string_view::npos ||
         kinds.find("harm") != std::string_view::npos;
}

}  // namespace

TEST_CASE("at least 100 sentences must fire and 100 must not") {
  CHECK(must_fire().size() >= 100);
  CHECK(must_not_fire().size() >= 100);
  for (const Expected& e : must_fire()) CHECK(blocks_or_warns(e.kinds));
  for (const Expected& e : must_not_fire()) CHECK(!blocks_or_warns(e.kinds));
}

TEST_CASE("sentences that must fire give exactly their kinds") {
  for (const Expected& e : must_fire()) {
    INFO(e.sentence);
    CHECK(kinds_of(e.sentence) == sorted_kinds(e.kinds));
  }
}

TEST_CASE("sentences that must not fire give nothing, or the outcome's opposition alone") {
  for (const Expected& e : must_not_fire()) {
    INFO(e.sentence);
    CHECK(kinds_of(e.sentence) == sorted_kinds(e.kinds));
  }
}

TEST_CASE("negation reaches a few words back in its clause, and no further") {
  CHECK(kinds_of("No one said they felt ignored.") == "");
  CHECK(kinds_of("They said they felt ignored.") == "process-dissent");
  // A comma, "but" or "and" ends the negation's reach.
  CHECK(kinds_of("No one was paid late, but two members stepped back.") == "harm");
  CHECK(kinds_of("Nobody complained and three carers dropped out.") == "harm");
  // Too far back to reach.
  CHECK(kinds_of("Not one of the many people who came along to the evening sessions in the "
                 "library said that they had felt ignored.") == "process-dissent");
  // A negation among the words a pattern's ~N skips over counts.
  CHECK(kinds_of("Payments for the spring sessions were not late.") == "");
  CHECK(kinds_of("Payments for the spring sessions were late.") == "harm");
  // "not only" is not a negation.
  CHECK(kinds_of("Not only were payments late, members dropped out.") == "harm");
  // After the phrase: "… was not the case".
  CHECK(kinds_of("That the lease had already been signed was not the case.") == "");
}

TEST_CASE("questions, quoted survey items and suppositions are not assertions") {
  CHECK(kinds_of("Did you feel rushed?") == "");
  CHECK(kinds_of("Why was the site chosen before anyone was asked?") == "prior-decision");
  CHECK(kinds_of("The form asked \"Were payments late?\"") == "");
  CHECK(kinds_of("Item 4, \u201cthe decision had already been made\u201d, was agreed by few.") == "");
  CHECK(kinds_of("A carer said \"the decision had already been made\".") == "process-dissent");
  CHECK(kinds_of("If members step back, the co-chairs call them.") == "");
  CHECK(kinds_of("Members might drop out if sessions run late.") == "");
  CHECK(kinds_of("Two members dropped out.") == "harm");
}

TEST_CASE("a statement carries its sentence masked, its phrase, its dates and where it is") {
  const Text notes = text_of(
      "# Notes\n\nMrs Amina Begum (07700 900123) said her views\nwere not listened to.\n\n"
      "The lease was signed on 3 March 2026. The site was\nchosen before anyone was asked.\n",
      "evidence/notes.md");
  const std::vector<Statement> found = statements(notes);
  REQUIRE(found.size() == 3);
  CHECK(found[0].kind == Kind::process_dissent);
  CHECK(found[0].file == "evidence/notes.md");
  CHECK(found[0].line == 3);
  CHECK(found[0].where() == "evidence/notes.md:3");
  CHECK(found[0].sentence ==
        "[redacted: a person's name] ([redacted: a phone number]) said her views were not listened to.");
  CHECK(found[0].phrase == "views were not listened");
  CHECK(found[0].meaning == "people's views were not listened to");
  CHECK(found[1].kind == Kind::prior_decision);
  CHECK(found[1].timing == Timing::by_date);
  CHECK(found[1].line == 6);
  REQUIRE(found[1].dates.size() == 1);
  CHECK(found[1].dates[0].date == Date{2026, 3, 3});
  CHECK(found[1].dates[0].precision == Precision::day);
  CHECK(found[2].kind == Kind::prior_decision);
  CHECK(found[2].timing == Timing::stated_before);
  CHECK(found[2].line == 6);
  CHECK(found[2].dates.empty());

  // A settled thing with neither a date nor a word that puts it first says nothing to compare.
  CHECK(statements_in("The lease was signed.").empty());

  Text docx;
  docx.file = "evidence/minutes.docx";
  docx.unit = Unit::paragraph;
  docx.lines = {{1, 0, "Minutes"}, {4, 0, "Two members dropped out."}};
  const std::vector<Statement> in_docx = statements(docx);
  REQUIRE(in_docx.size() == 1);
  CHECK(in_docx[0].where() == "evidence/minutes.docx, paragraph 4");

  Text unread;
  unread.status = Status::web;
  unread.lines = {{1, 0, "Two members dropped out."}};
  CHECK(statements(unread).empty());
}

TEST_CASE("text is split into sentences that keep the line they start on") {
  const Text text = text_of(
      "# Design day, 19 May 2026\n"
      "Dr. Patel opened. Members met at 10.30 and agreed e.g. the times.\n"
      "The group then asked for a second\n"
      "session! Was it useful? Yes.\n"
      "- a list item\n"
      "- another item\n"
      "| cell one. | cell two |\n"
      "\n"
      "```\ncode. Is not prose.\n```\n"
      "J. Smith and \u201cQuoted.\u201d Next one.\n",
      "notes.md");
  std::vector<std::string> got;
  for (const Sentence& s : sentences(text)) got.push_back(std::to_string(s.line) + " " + s.text);
  CHECK(got == std::vector<std::string>{
                   "1 Design day, 19 May 2026",
                   "2 Dr. Patel opened.",
                   "2 Members met at 10.30 and agreed e.g. the times.",
                   "3 The group then asked for a second session!",
                   "4 Was it useful?",
                   "4 Yes.",
                   "5 a list item",
                   "6 another item",
                   "7 cell one.",
                   "7 cell two",
                   "12 J. Smith and \u201cQuoted.\u201d",
                   "12 Next one."});

  // A sentence that never ends is cut into pieces of at most 1 000 bytes.
  std::string endless;
  for (int i = 0; i < 1000; ++i) endless += "word ";
  const std::vector<Sentence> pieces = sentences(text_of(endless, "x.txt"));
  REQUIRE(pieces.size() >= 5);
  for (const Sentence& s : pieces) CHECK(s.text.size() <= 1000);
}

TEST_CASE("every phrase list compiles, and the pattern language refuses what it cannot match") {
  const Vocabulary& v = vocabulary();
  const std::vector<ListDefinition> lists(v.lists.begin(), v.lists.end());
  Lexicon lexicon;
  for (const Phrase& p : v.phrases) {
    INFO(p.pattern);
    CHECK_NOTHROW(compile(p.pattern, lists, lexicon));
    CHECK(!p.meaning.empty());
    CHECK((p.kind == Kind::prior_decision) == (p.timing != Timing::not_applicable));
  }
  CHECK_THROWS_WITH_AS(compile("[maybe] word", lists, lexicon),
                       "phrase pattern \"[maybe] word\": it must start with a word, a choice or a list",
                       std::invalid_argument);
  CHECK_THROWS_AS(compile("tick-box", lists, lexicon), std::invalid_argument);
  CHECK_THROWS_AS(compile("didn't", lists, lexicon), std::invalid_argument);
  CHECK_THROWS_AS(compile("(a|b", lists, lexicon), std::invalid_argument);
  CHECK_THROWS_AS(compile("@nowhere", lists, lexicon), std::invalid_argument);
  CHECK_THROWS_AS(compile("a ~0 b", lists, lexicon), std::invalid_argument);
  CHECK_THROWS_AS(compile("ab*", lists, lexicon), std::invalid_argument);
}

TEST_CASE("words are lower-case, with contractions written out and hyphens as spaces") {
  const Words w = words_of("The group's co-chair didn\u2019t say it's a \u201cdone deal\u201d; members' views?");
  std::vector<std::string> got;
  for (const Word& word : w.list) got.emplace_back(word.text);
  CHECK(got == std::vector<std::string>{"the", "group", "co", "chair", "did", "not", "say", "it", "is",
                                        "a", "done", "deal", "members", "views"});
  REQUIRE(w.quotes.size() == 1);
  CHECK(w.quotes[0].first == 10);
  CHECK(w.quotes[0].end == 12);
  CHECK(w.question);
  CHECK(w.list[12].clause > w.list[11].clause);  // the semicolon
  CHECK(words_of("Signed in May 2026.").list[2].text == "may-month");
  CHECK(words_of("Members may drop out.").list[1].text == "may");
}

}  // namespace coprod::evidence
