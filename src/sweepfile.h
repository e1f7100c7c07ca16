/* The first line of a partial sweep (ipwsim sweep --shard), which ipwsim
 * merge checks: the program's version, a key of the scenario and traces,
 * the shard and the grid's number of points. The rest of the file is
 * the sweep's CSV for the shard's points. */
#ifndef IPW_SWEEPFILE_H
#define IPW_SWEEPFILE_H

#define SWEEP_PARTIAL_TAG "#ipwsim sweep partial:"
#define SWEEP_PARTIAL_FMT \
	SWEEP_PARTIAL_TAG " version=%s key=%016llx shard=%ld/%ld points=%ld\n"

#endif
