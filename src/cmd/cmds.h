/* The command table: one descriptor per file in src/cmd/. */
#ifndef IPW_CMDS_H
#define IPW_CMDS_H

#include "cli.h"

extern const struct cmd cmd_simulate;
extern const struct cmd cmd_check;
extern const struct cmd cmd_catalog;
extern const struct cmd cmd_fit;
extern const struct cmd cmd_convert;
extern const struct cmd cmd_curve;
extern const struct cmd cmd_sweep;
extern const struct cmd cmd_merge;
extern const struct cmd cmd_reproduce;
extern const struct cmd cmd_synth;

#endif
