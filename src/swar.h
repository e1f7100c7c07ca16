/* Eight bytes at a time in a 64-bit word ("SIMD within a register"):
 * the loads the scanners share and the byte tests they build on. The
 * word's lowest byte is the first in memory on any CPU (swapped on a
 * big-endian one), so that the first flagged byte is the lowest. */
#ifndef IPW_SWAR_H
#define IPW_SWAR_H

#include <stdint.h>
#include <string.h>

#define SWAR_ONES 0x0101010101010101ull
#define SWAR_HIGHS 0x8080808080808080ull

static inline uint64_t
swar_load8(const char *p)
{
	uint64_t w;

	memcpy(&w, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	w = __builtin_bswap64(w);
#endif
	return w;
}

/* Four bytes at p in memory order: for equality tests only. */
static inline uint32_t
swar_load4(const char *p)
{
	uint32_t w;

	memcpy(&w, p, 4);
	return w;
}

/* A byte's high bit where w's byte is c. Exact up to the lowest such
 * byte (a borrow spoils only the bytes above it): use its position. */
static inline uint64_t
swar_equal(uint64_t w, unsigned char c)
{
	uint64_t x = w ^ (SWAR_ONES * c);

	return (x - SWAR_ONES) & ~x & SWAR_HIGHS;
}

/* A byte's high bit where w's byte is below c (c at most 0x80; a byte
 * of 0x80 or more is not flagged). Exact up to the lowest such byte. */
static inline uint64_t
swar_below(uint64_t w, unsigned char c)
{
	return (w - SWAR_ONES * c) & ~w & SWAR_HIGHS;
}

/* The lowest flagged byte's position (0 to 7), 8 when none is. */
static inline int
swar_first(uint64_t m)
{
	return m == 0 ? 8 : __builtin_ctzll(m) / 8;
}

#endif
