// A monotonic arena: memory handed out in order from a few large blocks and
// given back all at once when the arena goes. Many small objects that live
// and die together (a YAML document's nodes, child lists and values,
// load/yaml_tree.h) cost a pointer bump each instead of a call to the
// allocator. Nothing in it is destroyed: it holds trivially destructible data.
//
// coprod's own rather than std::pmr::monotonic_buffer_resource because the
// WebAssembly build's C++ library (emscripten's libc++) has no
// <memory_resource>; one arena serves both builds.
#pragma once

#include <cstddef>

namespace coprod {

class Arena {
 public:
  // The first block holds `first_block` bytes; each later one is twice the
  // size of the one before, or as large as a request that does not fit.
  explicit Arena(std::size_t first_block);
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena();

  // `size` bytes aligned to `align` (a power of two, at most
  // alignof(std::max_align_t)); throws std::bad_alloc when memory runs out.
  void* allocate(std::size_t size, std::size_t align) {
    const std::size_t at = (used_ + align - 1) & ~(align - 1);
    if (at <= capacity_ && size <= capacity_ - at) {
      used_ = at + size;
      return data_ + at;
    }
    return allocate_in_new_block(size, align);
  }

 private:
  struct Block;
  void* allocate_in_new_block(std::size_t size, std::size_t align);

  Block* last_ = nullptr;   // the current block; each points to the one before
  char* data_ = nullptr;    // the current block's usable bytes
  std::size_t capacity_ = 0, used_ = 0;
  std::size_t next_size_;   // the next block's size, unless a request needs more
};

}  // namespace coprod
