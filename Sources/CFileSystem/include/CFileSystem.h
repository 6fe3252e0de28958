// Atomic file-system operations Swift's Glibc module does not expose.
#ifndef YARDSTICK_CFILESYSTEM_H
#define YARDSTICK_CFILESYSTEM_H

/// Swaps two paths in one step (Linux renameat2 with RENAME_EXCHANGE). Returns 0, or -1 with errno set
/// (EINVAL or ENOSYS where the file system or kernel cannot do it).
int yardstick_exchange_paths(const char *a, const char *b);

#endif
