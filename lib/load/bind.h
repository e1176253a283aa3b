// Fills the typed Proposal from a document that has passed validation.
#pragma once

#include <memory>
#include <string>

#include "load/proposal.h"
#include "load/yaml_tree.h"

namespace coprod {

Proposal bind_proposal(std::shared_ptr<const yaml::Document> doc, std::string file,
                       std::string directory);

}  // namespace coprod
