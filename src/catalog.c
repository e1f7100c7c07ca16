#include "config.h"

#include <errno.h>
#include <limits.h>
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "catalog.h"
#include "jsonfile.h"
#include "precision.h"

static void arch_estimates(struct catalog *cat);

void
catalog_init(struct catalog *cat)
{
	memset(cat, 0, sizeof(*cat));
	arch_estimates(cat);	/* the defaults until models are loaded */
}

void
catalog_release(struct catalog *cat)
{
	for (int i = 0; i < cat->nfiles; i++) {
		cJSON_Delete(cat->root[i]);
		free(cat->file[i]);
	}
	cJSON_Delete(cat->merged);
	free(cat->models);
	free(cat->accels);
	catalog_init(cat);
}

/* A copy of old with every field of new put over it; owned by cat. */
static const cJSON *
merge_entry(struct catalog *cat, const cJSON *old, const cJSON *new)
{
	cJSON *m = cJSON_Duplicate(old, 1);
	const cJSON *f;

	if (m == NULL || (cat->merged == NULL &&
	    (cat->merged = cJSON_CreateArray()) == NULL)) {
		cJSON_Delete(m);
		return NULL;
	}
	cJSON_ArrayForEach(f, new) {
		cJSON *copy;
		if (strcmp(f->string, "name") == 0)
			continue;	/* keep the canonical name it matched */
		copy = cJSON_Duplicate(f, 1);
		if (copy == NULL) {
			cJSON_Delete(m);
			return NULL;
		}
		/* case-sensitive both ways: cJSON_HasObjectItem ignores case,
		 * and a replace that then found nothing leaked the copy */
		if (cJSON_GetObjectItemCaseSensitive(m, f->string) != NULL)
			cJSON_ReplaceItemInObjectCaseSensitive(m, f->string, copy);
		else
			cJSON_AddItemToObject(m, f->string, copy);
	}
	cJSON_AddItemToArray(cat->merged, m);
	return m;
}

/* The file being loaded: its name, kept by the entries, and its text,
 * for the position of an error. */
struct source {
	const char *file;
	const struct jsondoc *doc;
};

/* "what[index].field: msg" at that field's line and column. */
static int
bad(struct ipw_error *err, const struct source *src, const char *what,
    int index, const char *field, const char *msg)
{
	char path[200];

	snprintf(path, sizeof(path), "%s[%d].%s", what, index, field);
	return jsondoc_error(src->doc, err, path, msg);
}

const char *const catalog_bases[] = { "measured", "vendor", "assumed",
	NULL };

/* A value object's keys: "value" and "source", and "basis" if given,
 * one of catalog_bases. */
static int
value_keys(const cJSON *v, const struct source *src, const char *what,
    int index, const char *field, struct ipw_error *err)
{
	const cJSON *k, *basis = cJSON_GetObjectItemCaseSensitive(v, "basis");
	char path[96];

	cJSON_ArrayForEach(k, v)
		if (strcmp(k->string, "value") && strcmp(k->string, "source") &&
		    strcmp(k->string, "basis")) {
			snprintf(path, sizeof(path), "%s.%s", field, k->string);
			return bad(err, src, what, index, path, "is not a key "
			    "of a value (value, source, basis)");
		}
	if (basis == NULL)
		return 0;
	for (int i = 0; cJSON_IsString(basis) && catalog_bases[i]; i++)
		if (strcmp(basis->valuestring, catalog_bases[i]) == 0)
			return 0;
	snprintf(path, sizeof(path), "%s.basis", field);
	return bad(err, src, what, index, path, "is not measured, vendor or "
	    "assumed");
}

/* A value is a number, null, or {"value": number|null, "source": text,
 * "basis": "measured"|"vendor"|"assumed"} (basis optional). */
static int
number(const cJSON *entry, const char *field, double *out, const struct source *src,
    const char *what, int index, struct ipw_error *err)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(entry, field);

	*out = NAN;
	if (cJSON_IsObject(v)) {
		if (!cJSON_IsString(cJSON_GetObjectItemCaseSensitive(v,
		    "source")))
			return bad(err, src, what, index, field,
			    "has no \"source\" text");
		if (value_keys(v, src, what, index, field, err) < 0)
			return -1;
		v = cJSON_GetObjectItemCaseSensitive(v, "value");
	}
	if (v == NULL || cJSON_IsNull(v))
		return 0;
	if (!cJSON_IsNumber(v))
		return bad(err, src, what, index, field, "is not a number");
	if (!isfinite(v->valuedouble) || v->valuedouble < 0)
		return bad(err, src, what, index, field,
		    "is negative or not finite");
	*out = v->valuedouble;
	return 0;
}

static const char *
text(const cJSON *entry, const char *field)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(entry, field);

	if (cJSON_IsObject(v))
		v = cJSON_GetObjectItemCaseSensitive(v, "value");
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int
names_match(const cJSON *entry, const char *name)
{
	const cJSON *a;

	if (strcasecmp(text(entry, "name"), name) == 0)
		return 1;
	cJSON_ArrayForEach(a, cJSON_GetObjectItemCaseSensitive(entry,
	    "aliases"))
		if (cJSON_IsString(a) && strcasecmp(a->valuestring, name) == 0)
			return 1;
	return 0;
}

/* Layers at least one; a windowed cache needs its window. */
static int
arch_check(const struct catalog_model *m, const struct source *src, int i,
    struct ipw_error *err)
{
	if (!isnan(m->layers) && (m->layers < 1 || m->layers !=
	    floor(m->layers)))
		return bad(err, src, "models", i, "layers", "is not a whole "
		    "number of at least 1");
	if (!isnan(m->kv_win_token) && m->kv_win_token > 0 &&
	    !(m->kv_window >= 1))
		return bad(err, src, "models", i, "kv_window_tokens", "is "
		    "missing or below 1 where kv_window_bytes_per_token is "
		    "given");
	return 0;
}

/* "precision": a name or alias precision.h knows, bare or as a value
 * object with its source, like a number. */
static int
model_precision(struct catalog_model *m, const cJSON *e,
    const struct source *src, int i, struct ipw_error *err)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(e, "precision");
	const struct precision *p;
	char list[512], msg[560];

	if (cJSON_IsObject(v)) {
		if (!cJSON_IsString(cJSON_GetObjectItemCaseSensitive(v,
		    "source")))
			return bad(err, src, "models", i, "precision",
			    "has no \"source\" text");
		if (value_keys(v, src, "models", i, "precision", err) < 0)
			return -1;
		v = cJSON_GetObjectItemCaseSensitive(v, "value");
	}
	if (v == NULL || cJSON_IsNull(v))
		return 0;
	if (!cJSON_IsString(v) || (p = precision_find(v->valuestring)) ==
	    NULL) {
		precision_list(list, sizeof(list));
		snprintf(msg, sizeof(msg), "is not one of %s", list);
		return bad(err, src, "models", i, "precision", msg);
	}
	m->precision = p->name;
	return 0;
}

static int
parse_model(struct catalog_model *m, const cJSON *e, const struct source *src,
    int i, struct ipw_error *err)
{
	memset(m, 0, sizeof(*m));
	m->json = e;
	m->file = src->file;
	m->name = text(e, "name");
	m->family = text(e, "family");
	m->release = text(e, "release");
	if (m->name == NULL)
		return bad(err, src, "models", i, "name", "is missing");
	if (model_precision(m, e, src, i, err) < 0)
		return -1;
	return number(e, "params_total_b", &m->params_total_b, src,
	    "models", i, err) |
	    number(e, "params_active_b", &m->params_active_b, src, "models",
	    i, err) |
	    number(e, "price_in_per_mtok", &m->price_in, src, "models", i,
	    err) |
	    number(e, "price_out_per_mtok", &m->price_out, src, "models", i,
	    err) |
	    number(e, "experts", &m->experts, src, "models", i, err) |
	    number(e, "experts_active", &m->experts_active, src, "models", i,
	    err) |
	    number(e, "layers", &m->layers, src, "models", i, err) |
	    number(e, "kv_bytes_per_token", &m->kv_token, src, "models", i,
	    err) |
	    number(e, "kv_window_bytes_per_token", &m->kv_win_token, src,
	    "models", i, err) |
	    number(e, "kv_window_tokens", &m->kv_window, src, "models", i,
	    err) |
	    number(e, "state_bytes_per_sequence", &m->state, src, "models",
	    i, err) |
	    arch_check(m, src, i, err);
}

static int
parse_accel(struct catalog_accel *a, const cJSON *e, const struct source *src,
    int i, struct ipw_error *err)
{
	const char *tier;

	memset(a, 0, sizeof(*a));
	a->json = e;
	a->file = src->file;
	a->name = text(e, "name");
	tier = text(e, "tier");
	if (a->name == NULL)
		return bad(err, src, "accelerators", i, "name", "is missing");
	if (tier == NULL || (strcmp(tier, "local") && strcmp(tier, "cloud")))
		return bad(err, src, "accelerators", i, "tier",
		    "is not \"local\" or \"cloud\"");
	a->tier = strcmp(tier, "local") == 0 ? TIER_LOCAL : TIER_CLOUD;
	return number(e, "memory_gb", &a->memory_gb, src, "accelerators", i,
	    err) |
	    number(e, "bandwidth_gbs", &a->bandwidth_gbs, src,
	    "accelerators", i, err) |
	    number(e, "peak_tflops_bf16", &a->peak_tflops, src,
	    "accelerators", i, err) |
	    number(e, "tdp_w", &a->tdp_w, src, "accelerators", i, err) |
	    number(e, "idle_w", &a->idle_w, src, "accelerators", i, err) |
	    number(e, "system_idle_w", &a->system_idle_w, src,
	    "accelerators", i, err) |
	    number(e, "system_active_w", &a->system_active_w, src,
	    "accelerators", i, err);
}

static int
add_models(struct catalog *cat, const cJSON *list, const struct source *src,
    struct ipw_error *err)
{
	int n = cJSON_GetArraySize(list), i = 0;
	const cJSON *e;
	struct catalog_model *p = realloc(cat->models,
	    (size_t)(cat->nmodels + n + 1) * sizeof(*p));

	if (p == NULL)
		return ipw_error_oom(err);
	cat->models = p;
	cJSON_ArrayForEach(e, list) {
		struct catalog_model m;
		const cJSON *entry = e;
		int k;
		for (k = 0; k < cat->nmodels; k++)
			if (text(e, "name") != NULL &&
			    names_match(cat->models[k].json, text(e, "name")))
				break;
		if (k < cat->nmodels && (entry = merge_entry(cat,
		    cat->models[k].json, e)) == NULL)
			return ipw_error_oom(err);
		if (parse_model(&m, entry, src, i++, err) < 0)
			return -1;
		cat->models[k] = m;
		if (k == cat->nmodels)
			cat->nmodels++;
	}
	return 0;
}

static int
add_accels(struct catalog *cat, const cJSON *list, const struct source *src,
    struct ipw_error *err)
{
	int n = cJSON_GetArraySize(list), i = 0;
	const cJSON *e;
	struct catalog_accel *p = realloc(cat->accels,
	    (size_t)(cat->naccels + n + 1) * sizeof(*p));

	if (p == NULL)
		return ipw_error_oom(err);
	cat->accels = p;
	cJSON_ArrayForEach(e, list) {
		struct catalog_accel a;
		const cJSON *entry = e;
		int k;
		for (k = 0; k < cat->naccels; k++)
			if (text(e, "name") != NULL &&
			    names_match(cat->accels[k].json, text(e, "name")))
				break;
		if (k < cat->naccels && (entry = merge_entry(cat,
		    cat->accels[k].json, e)) == NULL)
			return ipw_error_oom(err);
		if (parse_accel(&a, entry, src, i++, err) < 0)
			return -1;
		cat->accels[k] = a;
		if (k == cat->naccels)
			cat->naccels++;
	}
	return 0;
}

/* The keys a catalog file may hold, at the top and in its entries
 * (other modules read some of them from the entries' JSON). */
static const char *const top_keys[] = { "about", "schema", "models",
	"accelerators", NULL };
static const char *const model_keys[] = { "name", "family", "aliases",
	"release", "precision", "params_total_b", "params_active_b",
	"price_in_per_mtok",
	"price_out_per_mtok", "experts", "experts_active", "layers",
	"kv_bytes_per_token", "kv_window_bytes_per_token", "kv_window_tokens",
	"state_bytes_per_sequence", "note", "about", NULL };
static const char *const accel_keys[] = { "name", "tier", "aliases",
	"memory_gb", "bandwidth_gbs", "peak_tflops_bf16", "tdp_w", "idle_w",
	"system_idle_w", "system_active_w", "price_per_hour_usd",
	"device_price_usd", "lifetime_years", "pue",
	"note", "about", NULL };

/* The file's shape, each error at its place: an object with a
 * "models" and/or an "accelerators" array of objects, no unknown key. */
static int
check_shape(const struct jsondoc *d, const cJSON *root, const cJSON *models,
    const cJSON *accels, struct ipw_error *err)
{
	const cJSON *lists[2] = { models, accels };
	const char *names[2] = { "models", "accelerators" };
	const char *const *keys[2] = { model_keys, accel_keys };

	if (!cJSON_IsObject(root))
		return jsondoc_error(d, err, "", "the catalog is not a JSON "
		    "object");
	if (models == NULL && accels == NULL)
		return jsondoc_error(d, err, "", "the catalog has neither "
		    "\"models\" nor \"accelerators\"");
	if (jsondoc_unknown_keys(d, root, "", top_keys, err) < 0)
		return -1;
	for (int l = 0; l < 2; l++) {
		const cJSON *e;
		int i = 0;
		if (lists[l] == NULL)
			continue;
		if (!cJSON_IsArray(lists[l]))
			return jsondoc_error(d, err, names[l], "is not an array "
			    "of entries");
		cJSON_ArrayForEach(e, lists[l]) {
			char prefix[48];
			snprintf(prefix, sizeof(prefix), "%s[%d].", names[l], i);
			if (!cJSON_IsObject(e)) {
				prefix[strlen(prefix) - 1] = '\0';
				return jsondoc_error(d, err, prefix, "is not an "
				    "object");
			}
			if (!cJSON_IsString(cJSON_GetObjectItemCaseSensitive(e,
			    "name")) && cJSON_GetObjectItemCaseSensitive(e,
			    "name") != NULL) {
				strcat(prefix, "name");
				return jsondoc_error(d, err, prefix, "is not a "
				    "string");
			}
			if (jsondoc_unknown_keys(d, e, prefix, keys[l], err) < 0)
				return -1;
			i++;
		}
	}
	return 0;
}

int
catalog_load(struct catalog *cat, const char *path, struct ipw_error *err)
{
	struct jsondoc d;
	struct source src;
	cJSON *root, *models, *accels;
	char *file;
	int rc;

	if (cat->nfiles == CATALOG_MAX_FILES)
		return ipw_error_set(err, IPW_EX_USAGE,
		    "too many catalog files (at most %d)", CATALOG_MAX_FILES);
	if (jsondoc_read(&d, path, err) < 0)
		return -1;
	root = d.root;		/* the catalog keeps the tree */
	d.root = NULL;
	file = strdup(path);
	if (file == NULL) {
		cJSON_Delete(root);
		jsondoc_release(&d);
		return ipw_error_oom(err);
	}
	cat->root[cat->nfiles] = root;
	cat->file[cat->nfiles++] = file;
	models = cJSON_GetObjectItemCaseSensitive(root, "models");
	accels = cJSON_GetObjectItemCaseSensitive(root, "accelerators");
	src.file = file;
	src.doc = &d;
	rc = check_shape(&d, root, models, accels, err) < 0 ||
	    add_models(cat, models, &src, err) < 0 ||
	    add_accels(cat, accels, &src, err) < 0 ? -1 : 0;
	jsondoc_release(&d);
	if (rc == 0)
		arch_estimates(cat);
	return rc;
}

int
catalog_datadir(char *buf, size_t size, struct ipw_error *err)
{
	const char *env = getenv("IPWSIM_DATADIR");
	char exe[PATH_MAX], probe[PATH_MAX + 32];
	ssize_t n;

	if (env != NULL && env[0] != '\0') {
		snprintf(buf, size, "%s", env);
		return 0;
	}
	snprintf(probe, sizeof(probe), "%s/catalog.json", PKGDATADIR);
	if (access(probe, R_OK) == 0) {
		snprintf(buf, size, "%s", PKGDATADIR);
		return 0;
	}
	/* Not installed: a build tree keeps data/ beside the binary. */
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		char *slash;
		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash != NULL)
			*slash = '\0';
		snprintf(probe, sizeof(probe), "%s/data/catalog.json", exe);
		if (access(probe, R_OK) == 0) {
			snprintf(buf, size, "%s/data", exe);
			return 0;
		}
	}
	return ipw_error_set(err, IPW_EX_NOINPUT, "cannot find catalog.json "
	    "in %s or next to the program; set IPWSIM_DATADIR", PKGDATADIR);
}

int
catalog_load_default(struct catalog *cat, struct ipw_error *err)
{
	char dir[PATH_MAX], path[PATH_MAX + 16];

	if (catalog_datadir(dir, sizeof(dir), err) < 0)
		return -1;
	snprintf(path, sizeof(path), "%s/catalog.json", dir);
	return catalog_load(cat, path, err);
}

const char *
catalog_value_text(const cJSON *entry, const char *field, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(entry, field);

	return cJSON_IsObject(v) ? cJSON_GetStringValue(
	    cJSON_GetObjectItemCaseSensitive(v, key)) : NULL;
}

const struct catalog_model *
catalog_model(const struct catalog *cat, const char *name)
{
	for (int i = 0; i < cat->nmodels; i++)
		if (names_match(cat->models[i].json, name))
			return &cat->models[i];
	return NULL;
}

const char *
catalog_default_precision(const struct catalog *cat, const char *model,
    enum catalog_prec_from *from)
{
	const char *cut = strrchr(model, '-'), *colon = strrchr(model, ':');
	const struct precision *p;
	const struct catalog_model *m;

	if (colon != NULL && (cut == NULL || colon > cut))
		cut = colon;
	if (cut != NULL && (p = precision_find(cut + 1)) != NULL) {
		*from = PREC_MODEL_ID;
		return p->name;
	}
	if ((m = catalog_model(cat, model)) != NULL && m->precision != NULL) {
		*from = PREC_CATALOG;
		return m->precision;
	}
	*from = PREC_NONE;
	return NULL;
}

void
catalog_precision_text(const char *precision, enum catalog_prec_from from,
    char *buf, size_t size)
{
	char up[32];
	size_t i = 0;

	for (; precision != NULL && precision[i] != '\0' && i + 1 <
	    sizeof(up); i++)
		up[i] = (char)toupper((unsigned char)precision[i]);
	up[i] = '\0';
	if (from == PREC_MODEL_ID)
		snprintf(buf, size, "%s, named in the model id", up);
	else if (from == PREC_CATALOG)
		snprintf(buf, size, "%s, the catalog's release precision", up);
	else if (precision != NULL)
		snprintf(buf, size, "%s", up);
	else
		snprintf(buf, size, "BF16 assumed");
}

/* A name "NAME xN" (N of 1 to 4 digits, after a space): N, and in *stem
 * the length of NAME; 0 for any other name. */
static int
replica_suffix(const char *name, size_t *stem)
{
	size_t n = strlen(name), k = n;
	int v = 0;

	while (k > 0 && name[k - 1] >= '0' && name[k - 1] <= '9')
		k--;
	if (k == n || n - k > 4 || k < 3 || (name[k - 1] != 'x' &&
	    name[k - 1] != 'X') || name[k - 2] != ' ')
		return 0;
	for (size_t i = k; i < n; i++)
		v = v * 10 + (name[i] - '0');
	*stem = k - 2;
	return v;
}

/* s's letters and digits, lower case, into key (cap bytes); 0, or -1
 * when it does not fit. */
static int
name_key(const char *s, char *key, size_t cap)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if (isalnum((unsigned char)*s)) {
			if (n + 1 >= cap)
				return -1;
			key[n++] = (char)tolower((unsigned char)*s);
		}
	key[n] = '\0';
	return 0;
}

/* An accelerator spelt loosely: want (a name_key) the same letters and
 * digits as its name or an alias, with or without the vendor (the name
 * before its first '-'), case, spaces, dashes and underscores aside
 * ("A100 40GB" for NVIDIA-A100-40GB, "H100 80GB HBM3" for its alias
 * "NVIDIA H100 80GB HBM3"). */
static int
accel_loose_match(const cJSON *entry, const char *want)
{
	char key[256], vendor[256];
	const char *full = text(entry, "name"), *dash = strchr(full, '-');
	size_t vlen = 0;
	const cJSON *a;

	if ((name_key(full, key, sizeof(key)) == 0 && strcmp(key, want) ==
	    0) || (dash != NULL && name_key(dash + 1, key, sizeof(key)) ==
	    0 && strcmp(key, want) == 0))
		return 1;
	if (dash != NULL && (size_t)(dash - full) < sizeof(vendor)) {
		memcpy(vendor, full, (size_t)(dash - full));
		vendor[dash - full] = '\0';
		if (name_key(vendor, vendor, sizeof(vendor)) == 0)
			vlen = strlen(vendor);
	}
	cJSON_ArrayForEach(a, cJSON_GetObjectItemCaseSensitive(entry,
	    "aliases"))
		if (cJSON_IsString(a) && name_key(a->valuestring, key,
		    sizeof(key)) == 0 && (strcmp(key, want) == 0 || (vlen >
		    0 && strncmp(key, vendor, vlen) == 0 && strcmp(key + vlen,
		    want) == 0)))
			return 1;
	return 0;
}

/* The entry named name, exactly (case aside) first, then loosely. */
static const struct catalog_accel *
accel_named(const struct catalog *cat, const char *name)
{
	char want[256];

	for (int i = 0; i < cat->naccels; i++)
		if (names_match(cat->accels[i].json, name))
			return &cat->accels[i];
	if (name_key(name, want, sizeof(want)) < 0 || want[0] == '\0')
		return NULL;
	for (int i = 0; i < cat->naccels; i++)
		if (accel_loose_match(cat->accels[i].json, want))
			return &cat->accels[i];
	return NULL;
}

const struct catalog_accel *
catalog_accel(const struct catalog *cat, const char *name)
{
	const struct catalog_accel *a = accel_named(cat, name);
	char stem[256];
	size_t len;

	if (a != NULL)
		return a;
	/* a collector's "NAME xN" (N devices of NAME): NAME's entry */
	if (replica_suffix(name, &len) == 0 || len >= sizeof(stem))
		return NULL;
	memcpy(stem, name, len);
	stem[len] = '\0';
	return accel_named(cat, stem);
}

int
catalog_devices(const char *name)
{
	size_t len;
	int n = replica_suffix(name, &len);

	return n > 0 ? n : 1;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The estimates of catalog_architecture from the catalog's models. */
static void
arch_estimates(struct catalog *cat)
{
	double *a = &cat->arch_a, *b = &cat->arch_b, *kappa = &cat->arch_kappa;
	double sx = 0, sy = 0, sxx = 0, sxy = 0, *k;
	int n = 0, nk = 0;

	*a = log(CATALOG_LAYERS_DEFAULT);
	*b = 0;
	*kappa = CATALOG_KV_PER_SQRT_DEFAULT;
	k = malloc((size_t)(cat->nmodels + 1) * sizeof(*k));
	for (int i = 0; i < cat->nmodels; i++) {
		const struct catalog_model *m = &cat->models[i];
		double act = m->params_active_b, tot = m->params_total_b;
		if (!(act > 0 && tot >= act))
			continue;
		if (m->layers >= 1) {
			double x = 0.5 * log(act * tot), y = log(m->layers);
			sx += x;
			sy += y;
			sxx += x * x;
			sxy += x * y;
			n++;
		}
		if (k != NULL && m->kv_token > 0 && !(m->kv_win_token > 0))
			k[nk++] = m->kv_token / sqrt(act);
	}
	if (n >= 3 && n * sxx - sx * sx > 0) {
		*b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
		*a = (sy - *b * sx) / n;
	}
	if (k != NULL && nk >= 3) {
		qsort(k, (size_t)nk, sizeof(*k), cmp_double);
		*kappa = nk % 2 ? k[nk / 2] : (k[nk / 2 - 1] + k[nk / 2]) / 2;
	}
	free(k);
}

void
catalog_architecture(const struct catalog *cat, const struct catalog_model *m,
    double active_b, double total_b, struct catalog_arch *out)
{
	memset(out, 0, sizeof(*out));
	if (total_b < active_b)
		total_b = active_b;
	if (m != NULL && m->layers >= 1)
		out->layers = m->layers;
	else {
		out->layers = active_b > 0 ? exp(cat->arch_a + cat->arch_b *
		    0.5 * log(active_b * total_b)) : CATALOG_LAYERS_DEFAULT;
		out->layers_estimated = 1;
	}
	if (m != NULL && (m->kv_token >= 0 || m->kv_win_token >= 0 ||
	    m->state >= 0)) {
		out->kv_token = m->kv_token >= 0 ? m->kv_token : 0;
		out->kv_win_token = m->kv_win_token >= 0 ? m->kv_win_token : 0;
		out->kv_window = out->kv_win_token > 0 ? m->kv_window : 0;
		out->state = m->state >= 0 ? m->state : 0;
	} else {
		out->kv_token = cat->arch_kappa * sqrt(active_b > 0 ? active_b :
		    0);
		out->kv_estimated = 1;
	}
}

const char *
catalog_arch_estimated(const struct catalog_arch *a)
{
	if (a->layers_estimated && a->kv_estimated)
		return "layers and KV cache";
	if (a->layers_estimated)
		return "layers";
	return a->kv_estimated ? "KV cache" : NULL;
}
