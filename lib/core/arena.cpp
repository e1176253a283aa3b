#include "core/arena.h"

#include <algorithm>
#include <new>

namespace coprod {

// A block's header, followed by its bytes. Its size keeps those bytes as
// aligned as operator new's own result.
struct alignas(std::max_align_t) Arena::Block {
  Block* previous;
};

Arena::Arena(std::size_t first_block) : next_size_(std::max<std::size_t>(first_block, 64)) {}

Arena::~Arena() {
  while (last_ != nullptr) {
    Block* previous = last_->previous;
    ::operator delete(last_);
    last_ = previous;
  }
}

void* Arena::allocate_in_new_block(std::size_t size, std::size_t align) {
  constexpr std::size_t kMaxSize = std::size_t(-1) / 4;
  if (size > kMaxSize || align > alignof(std::max_align_t)) throw std::bad_alloc();
  const std::size_t capacity = std::max(next_size_, size);
  auto* block = static_cast<Block*>(::operator new(sizeof(Block) + capacity));
  block->previous = last_;
  last_ = block;
  data_ = reinterpret_cast<char*>(block + 1);
  capacity_ = capacity;
  used_ = size;
  next_size_ = std::min(2 * capacity, kMaxSize);
  return data_;
}

}  // namespace coprod
