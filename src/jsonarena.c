#include "config.h"

#include <stdlib.h>

#include <cjson/cJSON.h>

#include "jsonarena.h"

#define CHUNK (256u << 10)

/* A chunk list: the first chunk is kept across resets, larger ones (for
 * lines with big trees) are freed. */
struct chunk {
	struct chunk *next;
	size_t used, cap;
	max_align_t data[];
};

static struct chunk *head;

static struct chunk *
chunk_new(size_t cap, struct chunk *next)
{
	struct chunk *c = malloc(sizeof(*c) + cap);

	if (c == NULL)
		return NULL;
	c->next = next;
	c->used = 0;
	c->cap = cap;
	return c;
}

static void *
arena_malloc(size_t n)
{
	const size_t align = sizeof(max_align_t);
	struct chunk *c;

	n = (n + align - 1) / align * align;
	if (head == NULL || head->cap - head->used < n) {
		c = chunk_new(n > CHUNK ? n : CHUNK, head);
		if (c == NULL)
			return NULL;
		head = c;
	}
	head->used += n;
	return (char *)head->data + head->used - n;
}

static void
arena_free(void *p)
{
	(void)p;	/* released all at once by jsonarena_reset */
}

void
jsonarena_begin(void)
{
	cJSON_Hooks hooks = { arena_malloc, arena_free };

	cJSON_InitHooks(&hooks);
}

void
jsonarena_reset(void)
{
	while (head != NULL && head->next != NULL) {
		struct chunk *next = head->next;
		free(head);
		head = next;
	}
	if (head != NULL)
		head->used = 0;
}

void
jsonarena_end(void)
{
	jsonarena_reset();
	free(head);
	head = NULL;
	cJSON_InitHooks(NULL);
}

void
jsonarena_suspend(void)
{
	cJSON_InitHooks(NULL);
}

void
jsonarena_resume(void)
{
	jsonarena_begin();
}
