#include "config.h"

#include <string.h>

#include "prov.h"
#include "record.h"
#include "unit.h"

static int
src(const char *s)
{
	return prov_source_parse(s, strlen(s));
}

static int
scope(const char *s)
{
	return prov_scope_parse(s, strlen(s));
}

/* The vocabulary, exact and lower case: each word, its US spelling, and
 * the near misses that must be refused. */
START_TEST(test_words)
{
	ck_assert_int_eq(src("measured"), PROV_SRC_MEASURED);
	ck_assert_int_eq(src("estimated"), PROV_SRC_ESTIMATED);
	ck_assert_int_eq(src("modelled"), PROV_SRC_MODELLED);
	ck_assert_int_eq(src("modeled"), PROV_SRC_MODELLED);
	ck_assert_int_eq(src("assumed"), PROV_SRC_ASSUMED);
	ck_assert_int_eq(src("unstated"), -1);	/* leave the field out */
	ck_assert_int_eq(src(""), -1);
	ck_assert_int_eq(src("Measured"), -1);
	ck_assert_int_eq(src("measure"), -1);
	ck_assert_int_eq(src("measuredx"), -1);
	ck_assert_int_eq(scope("accelerator"), PROV_SCOPE_ACCELERATOR);
	ck_assert_int_eq(scope("package"), PROV_SCOPE_PACKAGE);
	ck_assert_int_eq(scope("system"), PROV_SCOPE_SYSTEM);
	ck_assert_int_eq(scope("wall"), PROV_SCOPE_WALL);
	ck_assert_int_eq(scope("gpu"), -1);
	ck_assert_int_eq(scope("walls"), -1);
	ck_assert_int_eq(scope("unstated"), -1);
	/* "modeled" is only a source */
	ck_assert_int_eq(scope("modeled"), -1);
	ck_assert_str_eq(prov_source_name(PROV_SRC_UNSTATED), "unstated");
	ck_assert_str_eq(prov_scope_name(PROV_SCOPE_WALL), "wall");
	ck_assert_str_eq(prov_scope_name(PROV_SCOPES), "?");
}
END_TEST

/* Records keep the code; a number, an unknown word or an empty JSON
 * string is refused, an empty CSV cell leaves the field unset. */
START_TEST(test_record)
{
	struct record r;
	const char *why = NULL;

	record_clear(&r);
	ck_assert_int_eq(record_set_string(&r, RF_ENERGY_SOURCE, "modeled", 7,
	    &why), 0);
	ck_assert_int_eq((int)r.num[RF_ENERGY_SOURCE], PROV_SRC_MODELLED);
	ck_assert_int_eq(record_set_text(&r, RF_ENERGY_SCOPE, "wall", 4,
	    &why), 0);
	ck_assert_int_eq((int)r.num[RF_ENERGY_SCOPE], PROV_SCOPE_WALL);
	ck_assert_int_eq(record_set_number(&r, RF_ENERGY_SCOPE, 1, &why), -1);
	ck_assert_str_eq(why, "is a number, expected a string");
	ck_assert_int_eq(record_set_string(&r, RF_ENERGY_SCOPE, "gpu", 3,
	    &why), -1);
	ck_assert_str_eq(why, "is not accelerator, package, system or wall");
	ck_assert_int_eq(record_set_string(&r, RF_ENERGY_SOURCE, "", 0,
	    &why), -1);
	record_clear(&r);
	ck_assert_int_eq(record_set_text(&r, RF_ENERGY_SOURCE, "", 0, &why),
	    0);
	ck_assert(!REC_HAS(&r, RF_ENERGY_SOURCE));
	ck_assert_int_eq(record_field("energy_scope", 12), RF_ENERGY_SCOPE);
}
END_TEST

/* The report order (unstated last) and the column names, as
 * ipwsim-simulate(1) lists them (sweep's metric names are the same). */
START_TEST(test_columns)
{
	static const char *const want[] = { "energy_measured_share",
		"energy_estimated_share", "energy_modelled_share",
		"energy_assumed_share", "energy_unstated_source_share",
		"scope_accelerator_share", "scope_package_share",
		"scope_system_share", "scope_wall_share", "scope_unstated_share" };
	char col[64];
	int n = 0;

	ck_assert_int_eq(prov_words(0), 5);
	ck_assert_int_eq(prov_words(1), 5);
	for (int scope = 0; scope < 2; scope++)
		for (int i = 0; i < prov_words(scope); i++) {
			prov_column(scope, prov_order(scope, i), col, sizeof(col));
			ck_assert_str_eq(col, want[n++]);
		}
	ck_assert_int_eq(prov_order(0, 4), PROV_SRC_UNSTATED);
	ck_assert_int_eq(prov_order(1, 0), PROV_SCOPE_ACCELERATOR);
}
END_TEST

/* record_field: every field by its name, and near misses refused. */
START_TEST(test_field_names)
{
	static const char *const misses[] = { "", "m", "mode", "models",
		"Model", "query_ie", "xuery_id", "energy", "energy_", "energy_J",
		"energy_sources", "tokens_in ", "p_correc", "dataset2" };

	for (int f = 0; f < RF_COUNT; f++)
		ck_assert_int_eq(record_field(rec_fields[f].name,
		    strlen(rec_fields[f].name)), f);
	for (size_t i = 0; i < sizeof(misses) / sizeof(misses[0]); i++)
		ck_assert_msg(record_field(misses[i], strlen(misses[i])) == -1,
		    "\"%s\" is a field", misses[i]);
	/* a name compared by its length only: "model" within "modelx" */
	ck_assert_int_eq(record_field("modelx", 5), RF_MODEL);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("prov");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_words);
	tcase_add_test(tc, test_record);
	tcase_add_test(tc, test_field_names);
	tcase_add_test(tc, test_columns);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
