#pragma once

#include <cstddef>
#include <new>
#include <sys/mman.h>

namespace micro::core {

// Allocator for the feature matrices that training reads in shuffled row order. A large
// block is aligned to 2 MB and marked for transparent huge pages before it is first
// touched: with 4 KB pages nearly every row read missed the TLB (a 50,000 x 1,024 dataset
// is 100,000 pages; the TLB holds 2,048) and waited for a page walk on top of the memory
// access. Small blocks (and systems where the kernel declines) get ordinary pages.
template <typename T> struct RowStorageAllocator
{
    using value_type = T;
    static constexpr std::size_t kHugePage = std::size_t(2) << 20;

    RowStorageAllocator() = default;
    template <typename U> RowStorageAllocator(const RowStorageAllocator<U> &) noexcept {}

    T *allocate(std::size_t n)
    {
        const std::size_t bytes = n * sizeof(T);
        void *p = ::operator new(bytes, alignmentFor(bytes));
#ifdef MADV_HUGEPAGE
        if (onHugePages(bytes)) madvise(p, bytes & ~(kHugePage - 1), MADV_HUGEPAGE); // advice only
#endif
        return static_cast<T *>(p);
    }
    void deallocate(T *p, std::size_t n) noexcept
    {
        ::operator delete(p, alignmentFor(n * sizeof(T)));
    }

    friend bool operator==(const RowStorageAllocator &, const RowStorageAllocator &)
    {
        return true;
    }
    friend bool operator!=(const RowStorageAllocator &, const RowStorageAllocator &)
    {
        return false;
    }

private:
    static bool onHugePages(std::size_t bytes)
    {
        return bytes >= 2 * kHugePage;
    }
    // Cache-line aligned at least, so a row of a multiple of 16 floats spans no extra line.
    static std::align_val_t alignmentFor(std::size_t bytes)
    {
        return std::align_val_t(onHugePages(bytes) ? kHugePage : 64);
    }
};

} // namespace micro::core
