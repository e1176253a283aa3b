// How long reading evidence and finding the sentences that contradict a
// record take, against the floor of reading the same file and counting its
// lines, at several sizes: the time should grow with the size and no faster.
//
//   evidence_bench [--repeats N] [--sizes 256,512,1024,2048] [--folder DIR]
//
// For each size (in KB) it writes three texts into DIR (default: a folder
// under the system's temporary folder, removed afterwards), made of sentences
// like those of evidence notes, and measures the CPU time, single-threaded,
// the median of N runs (default 15), of:
//   floor        read the file into memory and count its lines;
//   read         evidence::read (checks, UTF-8, lines);
//   sentences    read, then split into sentences;
//   statements   read, split and classify every sentence (what a rule asks).
// Shapes: "notes" (paragraphs of sentences, about one in six a phrase the
// lists look for), "one line" (the same text with no line break) and "no
// stops" (words with no full stop at all, cut into 1 000-byte sentences).
// It prints a Markdown table: each median, statements against the floor in
// the same run, and how the time grew against the size before it (2.0 for
// twice the size means linear).

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

#include "evidence/read.h"
#include "evidence/statements.h"

namespace {

namespace fs = std::filesystem;
using namespace coprod::evidence;

constexpr std::string_view kSentences[] = {
    "Twelve residents met at the library on 3 March 2026 to talk about the new hub.",
    "The facilitator opened with the question in people's own words.",
    "Members said the decision had already been made before they arrived.",
    "There was lively debate about weekend opening, settled by a show of hands.",
    "Two carers stepped back from the panel after the second session.",
    "No one said they felt ignored, and the co-chairs thanked everyone.",
    "Questions about parking at the new site were parked as out of scope.",
    "The lease on the Eastgate unit was signed in January 2026.",
    "We asked whether anyone felt rushed; nobody did.",
    "Vouchers for the spring sessions were paid three months late.",
    "People valued having interpreters in Urdu, Punjabi and Slovak.",
    "The group agreed the next steps and the date of the next meeting.",
    "Some members remain opposed to the closure but said the process was fair.",
    "Young people designed the waiting area with the estates team.",
    "Dr. Patel explained the staffing figures, e.g. the vacancies on the ward.",
    "If the site had been chosen before the consultation, the process would be unlawful.",
    "The evaluation found people felt listened to and liked being paid.",
    "A debrief was held after every story circle.",
};

std::string notes_text(std::size_t bytes, std::mt19937& random) {
  std::string out;
  out.reserve(bytes + 200);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(kSentences) - 1);
  int in_paragraph = 0;
  while (out.size() < bytes) {
    out += kSentences[pick(random)];
    if (++in_paragraph == 5) {
      out += "\n\n";
      in_paragraph = 0;
    } else {
      out += random() % 2 ? "\n" : " ";
    }
  }
  out.resize(bytes);
  return out;
}

std::string one_line(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

std::string no_stops(std::string text) {
  std::replace(text.begin(), text.end(), '.', ' ');
  std::replace(text.begin(), text.end(), '?', ' ');
  std::replace(text.begin(), text.end(), ';', ' ');
  return one_line(std::move(text));
}

void write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// The floor: the file into memory and its lines counted.
std::size_t floor_run(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return std::size_t(std::count(text.begin(), text.end(), '\n'));
}

// CPU time of this thread, in milliseconds: on a shared machine the wall
// clock measures the neighbours as much as the code.
double cpu_ms() {
  timespec t{};
  ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

template <typename F>
double median_ms(int repeats, F&& run) {
  std::vector<double> times;
  for (int i = 0; i < repeats; ++i) {
    const double start = cpu_ms();
    volatile std::size_t sink = run();
    (void)sink;
    times.push_back(cpu_ms() - start);
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

struct Row {
  std::string shape;
  std::size_t kb;
  double floor, read, sentences, statements;
  std::size_t found;
};

}  // namespace

int main(int argc, char** argv) {
  int repeats = 15;
  std::vector<std::size_t> sizes = {256, 512, 1024, 2048};
  fs::path folder;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string_view option = argv[i];
    if (option == "--repeats") {
      repeats = std::max(1, std::atoi(argv[i + 1]));
    } else if (option == "--sizes") {
      sizes.clear();
      std::string list = argv[i + 1];
      for (std::size_t at = 0; at <= list.size();) {
        const std::size_t comma = std::min(list.find(',', at), list.size());
        sizes.push_back(std::size_t(std::atol(list.substr(at, comma - at).c_str())));
        at = comma + 1;
      }
    } else if (option == "--folder") {
      folder = argv[i + 1];
    } else {
      std::fprintf(stderr, "usage: evidence_bench [--repeats N] [--sizes 256,512,1024] [--folder DIR]\n");
      return 2;
    }
  }
  const bool own_folder = folder.empty();
  if (own_folder) folder = fs::temp_directory_path() / ("coprod-evidence-bench-" + std::to_string(::getpid()));
  fs::create_directories(folder);

  Limits limits;
  limits.max_text_bytes = (*std::max_element(sizes.begin(), sizes.end()) + 1) * 1024;
  std::vector<Row> rows;
  for (const std::string_view shape : {"notes", "one line", "no stops"}) {
    for (const std::size_t kb : sizes) {
      std::mt19937 random(2026);
      std::string text = notes_text(kb * 1024, random);
      if (shape == "one line") text = one_line(std::move(text));
      if (shape == "no stops") text = no_stops(std::move(text));
      std::string name = std::string(shape) + "-" + std::to_string(kb) + ".md";
      std::replace(name.begin(), name.end(), ' ', '-');
      write(folder / name, text);
      const std::string dir = folder.string();
      Row row{std::string(shape), kb, 0, 0, 0, 0, 0};
      row.floor = median_ms(repeats, [&] { return floor_run(folder / name); });
      row.read = median_ms(repeats, [&] { return read(dir, name, limits).lines.size(); });
      row.sentences = median_ms(repeats, [&] { return sentences(read(dir, name, limits)).size(); });
      row.statements = median_ms(repeats, [&] {
        row.found = statements(read(dir, name, limits)).size();
        return row.found;
      });
      if (!read(dir, name, limits).read()) {
        std::fprintf(stderr, "evidence_bench: %s was not read\n", name.c_str());
        return 1;
      }
      rows.push_back(row);
    }
  }
  if (own_folder) fs::remove_all(folder);

  std::printf("Evidence: read, split and classify, single-threaded: CPU time, median of %d runs\n\n", repeats);
  std::printf("| text | size | floor (read, count lines) | read | + sentences | + statements | statements found | statements / floor | growth against the size before |\n");
  std::printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    std::string growth = "";
    if (i > 0 && rows[i - 1].shape == r.shape)
      growth = std::to_string(r.statements / rows[i - 1].statements).substr(0, 4) + "x for " +
               std::to_string(double(r.kb) / double(rows[i - 1].kb)).substr(0, 3) + "x the size";
    std::printf("| %s | %zu KB | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %zu | %.0fx | %s |\n", r.shape.c_str(), r.kb,
                r.floor, r.read, r.sentences, r.statements, r.found, r.statements / r.floor, growth.c_str());
  }
  return 0;
}
