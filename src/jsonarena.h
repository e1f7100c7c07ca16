/* A bump allocator for cJSON while a trace is parsed line by line: every
 * node of a line's tree comes from one arena that is reset before the next
 * line, so parsing costs no malloc/free per node. cJSON's hooks are global:
 * begin installs the arena, end restores the C library's allocator, and
 * nothing else may build or free cJSON trees in between. */
#ifndef IPW_JSONARENA_H
#define IPW_JSONARENA_H

void jsonarena_begin(void);
/* Forgets every tree parsed since the last reset (no cJSON_Delete). */
void jsonarena_reset(void);
void jsonarena_end(void);
/* The C library's allocator again until resume, the arena's trees kept:
 * for a tree that outlives the line (freed after jsonarena_end). */
void jsonarena_suspend(void);
void jsonarena_resume(void);

#endif
