// The terms every board-assurance rule shares (docs/rules.md "Terms"): who counts
// as a voice of people who use services, which activities happened, what
// level an activity reached, and who took part. Built once per proposal;
// rules ask it and never re-derive any of it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/date.h"
#include "load/proposal.h"

namespace coprod {

class Terms {
 public:
  // `today` is the day of the check: an activity dated later has not happened.
  Terms(const Proposal& p, Date today);
  Terms(const Terms&) = delete;
  Terms& operator=(const Terms&) = delete;

  // Community voice: a group of kind lived-experience, carers or community,
  // "people who use health and care services, carers and communities".
  static bool community_voice(GroupKind kind);
  // A group of one of those kinds, unless it is a group of nobody.
  static bool community_voice(const Group& group);
  // A group of nobody: `people: 0`. It never takes part, whatever its activities say.
  static bool nobody(const Group& group);
  // A Core20PLUS tag: the group lists, in `communities`, a community facing
  // health inequalities that it speaks for.
  static bool core20plus(const Group& group);
  // Community partner: Healthwatch, or a local voluntary, community and
  // social enterprise (VCSE) organisation.
  static bool community_partner(const Group& group);
  // How every message names them.
  static constexpr std::string_view kCommunityVoices =
      "people who use services, carers or community members";

  // Level reached: the rung (vocab::rung) of an activity's `level`, capped by
  // its method (a survey or consultation reaches at most consultation, a
  // focus group or interviews at most engagement) unless it was community
  // led; -1 without a level.
  int level_reached(const Activity& activity) const;
  // Community led: a community voice planned and ran it (`led_by`), so the
  // questions and the reading of the answers were theirs: peer research, a
  // children in care council running its own sessions.
  bool community_led(const Activity& activity) const;
  // The level a method caps at (consultation, engagement), or none.
  static std::optional<Level> method_cap(Method method);
  // The caps in a sentence, as hints say them.
  static constexpr std::string_view kMethodCaps =
      "A survey or consultation counts at most as consultation, a focus group or interviews at "
      "most as engagement, unless people who use services, carers or community members planned "
      "and ran it.";

  // Done activity: dated on or before both the board date and today. Later
  // ones are not yet held, and count for nothing until they have happened.
  bool done(const Activity& activity) const;
  // How messages say that an activity is not done.
  static constexpr std::string_view kNotYetHeld = "not yet held";
  // An activity whose groups include a community voice.
  bool with_community_voice(const Activity& activity) const;
  // Co-produced activity: done, reached co-design or co-production, and
  // with a community voice.
  bool co_produced(const Activity& activity) const;

  // Took part: named in the groups of a done activity, and not a group of
  // nobody (`people: 0`).
  bool took_part(const Group& group) const;
  // Gave time: took part in a done activity that was more than answering a
  // survey or a consultation (a session, an interview, a panel, research).
  bool gave_time(const Group& group) const;
  // The groups that took part, in the order `who.groups` defines them.
  const std::vector<const Group*>& groups_that_took_part() const { return took_part_; }
  // The community voices among them.
  std::vector<const Group*> community_voices_that_took_part() const;
  // Did a community partner take part?
  bool community_partner_took_part() const;

  // Every activity, done or not, in document order, and the done ones.
  const std::vector<Activity>& activities() const;
  const std::vector<const Activity*>& done_activities() const { return done_; }

  // Every group the proposal describes, whether it took part or not.
  const std::vector<Group>& groups() const;

  // Lookups by id; nullptr when none has it.
  const Group* group(std::string_view id) const;
  const Activity* activity(std::string_view id) const;

  // The level the proposal is judged at, when lower than co-production
  // asks: its proportion claim (`proposal.proportion`), whole and not
  // contradicted by the record; or, for an urgent temporary decision
  // (`proposal.urgency`) given whole, `informing`. The checklist then asks
  // what that level needs; a rule asked from a higher level
  // (Rule::asked_from) is not applicable, with `why`.
  struct Judged {
    Level level;
    bool urgent = false;
    std::string why;      // as a not-applicable finding says it
    const Located* at;    // the claim
  };
  const std::optional<Judged>& judged() const { return judged_; }
  // What is missing from a proportion claim, or what in the record
  // contradicts it; empty when it stands (or there is none).
  const std::string& proportion_refused() const { return proportion_refused_; }
  // What an urgent decision leaves unsaid (its end, the involvement to
  // follow, who agreed it); empty when whole (or there is none).
  const std::string& urgency_incomplete() const { return urgency_incomplete_; }


 private:
  const Proposal& p_;
  Date today_;
  std::unordered_map<std::string_view, const Group*> groups_;
  std::unordered_map<std::string_view, const Activity*> activities_;
  std::vector<const Activity*> done_;
  std::vector<const Group*> took_part_;
  std::unordered_set<const Group*> took_part_set_;
  std::unordered_set<std::string_view> gave_time_;  // group ids
  std::optional<Judged> judged_;
  std::string proportion_refused_, urgency_incomplete_;

  void judge();
};

// A group or activity as a message names it: `the group "Healthwatch
// Knowsley"`, `the activity "Open Space"`. Readers know names, not ids.
std::string named(const Group& group);
std::string named(const Activity& activity);

}  // namespace coprod
