#include "rules/links.h"

#include <filesystem>

#include <doctest/doctest.h>

#include "check/check.h"
#include "load/loader.h"
#include "minimal_proposal.h"
#include "temp_dir.h"

namespace coprod {

TEST_CASE("evidence outside the proposal's folder is a finding, not a document (issue 23, item 11)") {
  const test::TempDir dir("links-outside");
  namespace fs = std::filesystem;
  fs::create_directories(dir.path / "proposal" / "evidence");
  dir.write("outside.md", "notes kept elsewhere\n");
  fs::create_symlink(dir.path / "outside.md", dir.path / "proposal" / "evidence" / "out.md");
  Proposal p;
  p.directory = (dir.path / "proposal").string();

  CHECK(judge_link(p, "../../../../../../../etc/passwd") == Link::outside);
  CHECK(judge_link(p, "evidence/out.md") == Link::outside);
  CHECK(judge_link(p, "/etc/passwd") == Link::absolute);
  CHECK(link_problem(Link::outside) == "is outside the proposal's folder, where coprod does not look");

  // The rule that reports links says so, for the path and for the link.
  const std::string yaml = std::string(test::kHeader) + R"(who:
  groups:
    - id: peer-group
      name: Peer support group
      kind: lived-experience
      communities: [core20]
      paid: true
how:
  activities:
    - id: a1
      title: Storytelling
      method: storytelling
      stage: problem-definition
      level: co-design
      date: 2025-10-01
      groups: [peer-group]
      evidence: ../../../../../../../etc/passwd
    - id: a2
      title: Design group
      method: co-design-group
      stage: design
      level: co-design
      date: 2025-11-01
      groups: [peer-group]
      evidence: evidence/out.md
)";
  Loaded loaded = load_text(yaml, "input.yaml", (dir.path / "proposal").string());
  REQUIRE(loaded.ok());
  const Result result = check(std::move(loaded), test::fixed_day_options());
  std::vector<std::string> messages;
  for (const Finding& f : result.findings)
    if (f.message.find("outside the proposal's folder") != std::string::npos) messages.push_back(f.message);
  CHECK(messages == std::vector<std::string>{
                        "the evidence for the activity \"Storytelling\" is outside the proposal's folder",
                        "the evidence for the activity \"Design group\" is outside the proposal's folder"});
}

}  // namespace coprod
