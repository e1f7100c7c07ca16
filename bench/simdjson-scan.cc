// simdjson On-Demand over a JSON Lines trace: each record's canonical
// fields, as ipwsim's fast scan reads them (without its checks); prints
// records/s on one core. Built and run by bench/libs.sh (libsimdjson-dev,
// not a build dependency of ipwsim: the comparison is why).
#include <simdjson.h>
#include <chrono>
#include <cstdio>
using namespace simdjson;
int main(int argc, char **argv) {
	padded_string json = padded_string::load(argv[1]);
	ondemand::parser parser;
	auto t0 = std::chrono::steady_clock::now();
	ondemand::document_stream docs = parser.iterate_many(json, 1 << 20);
	double esum = 0; size_t n = 0, ids = 0; uint64_t tok = 0;
	for (auto doc : docs) {
		ondemand::object o = doc.get_object();
		for (auto field : o) {
			std::string_view k = field.unescaped_key();
			if (k == "query_id" || k == "model" || k == "accelerator" || k == "domain" || k == "dataset") {
				std::string_view s = field.value().get_string(); ids += s.size();
			} else if (k == "correct") { bool b = field.value().get_bool(); ids += b; }
			else if (k == "energy_j" || k == "latency_s") { double d = field.value().get_double(); esum += d; }
			else if (k == "tokens_in" || k == "tokens_out") { tok += field.value().get_uint64(); }
		}
		n++;
	}
	double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
	printf("simdjson %s: %zu records in %.3f s = %.0f records/s, %.0f MB/s (sum %.6g %llu %zu)\n", simdjson::get_active_implementation()->name().data(), n, s, n / s, json.size() / s / 1e6, esum, (unsigned long long)tok, ids);
}
