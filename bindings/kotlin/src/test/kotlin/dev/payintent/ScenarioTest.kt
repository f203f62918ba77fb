package dev.payintent

import kotlinx.coroutines.runBlocking
import org.json.JSONArray
import org.json.JSONObject
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.TestFactory
import java.io.File

/** The shared scenarios (tests/scenarios/payment_intents.json) through the typed Kotlin API. */
class ScenarioTest {
    private val file = JSONObject(File(System.getProperty("payintent.scenarios")).readText())

    /** Takes keys out of a parameter object; what is left goes to extraJson. */
    private class Taker(params: JSONObject) {
        private val left = JSONObject(params.toString())
        fun str(k: String): String? = if (left.has(k)) left.remove(k)?.toString() else null
        fun long(k: String): Long? = if (left.has(k)) (left.remove(k) as Number).toLong() else null
        fun bool(k: String): Boolean? = if (left.has(k)) left.remove(k) as Boolean else null
        fun strings(k: String): List<String>? = (if (left.has(k)) left.remove(k) as JSONArray else null)?.map { it.toString() }
        fun longs(k: String): List<Long>? = (if (left.has(k)) left.remove(k) as JSONArray else null)?.map { (it as Number).toLong() }
        fun map(k: String): Map<String, String>? =
            (if (left.has(k)) left.remove(k) as JSONObject else null)?.let { o -> o.keySet().associateWith { o.getString(it) } }
        fun extra(): String? = if (left.isEmpty) null else left.toString()
    }

    private suspend fun run(client: Client, op: String, id: String?, params: JSONObject): Pair<String, String?> {
        val t = Taker(params)
        fun pid() = id ?: error("$op needs an id")
        return when (op) {
            "create" -> client.create(
                CreateParams(
                    amount = t.long("amount") ?: 0, currency = t.str("currency") ?: "",
                    captureMethod = t.str("capture_method"), confirm = t.bool("confirm"),
                    confirmationMethod = t.str("confirmation_method"), customer = t.str("customer"),
                    description = t.str("description"), metadata = t.map("metadata"),
                    paymentMethod = t.str("payment_method"), paymentMethodTypes = t.strings("payment_method_types"),
                    receiptEmail = t.str("receipt_email"), returnUrl = t.str("return_url"),
                    setupFutureUsage = t.str("setup_future_usage"), statementDescriptor = t.str("statement_descriptor"),
                    expand = t.strings("expand"), extraJson = t.extra(),
                ), null,
            ).let { it.json to it.id }
            "retrieve" -> client.retrieve(pid(), RetrieveParams(clientSecret = t.str("client_secret"), expand = t.strings("expand"), extraJson = t.extra()), null).let { it.json to it.id }
            "update" -> client.update(
                pid(), UpdateParams(
                    amount = t.long("amount"), currency = t.str("currency"), customer = t.str("customer"),
                    description = t.str("description"), metadata = t.map("metadata"), paymentMethod = t.str("payment_method"),
                    receiptEmail = t.str("receipt_email"), statementDescriptor = t.str("statement_descriptor"),
                    expand = t.strings("expand"), extraJson = t.extra(),
                ), null,
            ).let { it.json to it.id }
            "list" -> client.list(
                ListParams(
                    customer = t.str("customer"), limit = t.long("limit"), startingAfter = t.str("starting_after"),
                    endingBefore = t.str("ending_before"), expand = t.strings("expand"), extraJson = t.extra(),
                ), null,
            ).let { it.json to null }
            "search" -> client.search(SearchParams(query = t.str("query"), limit = t.long("limit"), page = t.str("page"), expand = t.strings("expand"), extraJson = t.extra()), null).let { it.json to null }
            "confirm" -> client.confirm(
                pid(), ConfirmParams(
                    paymentMethod = t.str("payment_method"), captureMethod = t.str("capture_method"), returnUrl = t.str("return_url"),
                    errorOnRequiresAction = t.bool("error_on_requires_action"), receiptEmail = t.str("receipt_email"),
                    setupFutureUsage = t.str("setup_future_usage"), clientSecret = t.str("client_secret"),
                    expand = t.strings("expand"), extraJson = t.extra(),
                ), null,
            ).let { it.json to it.id }
            "capture" -> client.capture(
                pid(), CaptureParams(
                    amountToCapture = t.long("amount_to_capture"), applicationFeeAmount = t.long("application_fee_amount"),
                    metadata = t.map("metadata"), statementDescriptor = t.str("statement_descriptor"),
                    statementDescriptorSuffix = t.str("statement_descriptor_suffix"), expand = t.strings("expand"), extraJson = t.extra(),
                ), null,
            ).let { it.json to it.id }
            "cancel" -> client.cancel(pid(), CancelParams(cancellationReason = t.str("cancellation_reason"), expand = t.strings("expand"), extraJson = t.extra()), null).let { it.json to it.id }
            "increment_authorization" -> client.incrementAuthorization(pid(), IncrementAuthorizationParams(amount = t.long("amount"), description = t.str("description"), metadata = t.map("metadata"), statementDescriptor = t.str("statement_descriptor"), expand = t.strings("expand"), extraJson = t.extra()), null).let { it.json to it.id }
            "apply_customer_balance" -> client.applyCustomerBalance(pid(), ApplyCustomerBalanceParams(amount = t.long("amount"), currency = t.str("currency"), expand = t.strings("expand"), extraJson = t.extra()), null).let { it.json to it.id }
            "verify_microdeposits" -> client.verifyMicrodeposits(pid(), VerifyMicrodepositsParams(amounts = t.longs("amounts"), descriptorCode = t.str("descriptor_code"), clientSecret = t.str("client_secret"), expand = t.strings("expand"), extraJson = t.extra()), null).let { it.json to it.id }
            else -> error("unknown operation $op")
        }
    }

    private fun subst(v: Any?, saved: Map<String, String>): Any? = when (v) {
        is String -> Regex("\\{(\\w+)\\}").replace(v) { m -> saved[m.groupValues[1]] ?: m.value }
        is JSONObject -> JSONObject().also { o -> v.keySet().forEach { k -> o.put(k, subst(v.get(k), saved)) } }
        is JSONArray -> JSONArray().also { a -> for (i in 0 until v.length()) a.put(subst(v.get(i), saved)) }
        else -> v
    }

    private fun norm(v: Any?): Any? = when (v) {
        null, JSONObject.NULL -> null
        is Number -> v.toLong()
        else -> v
    }

    private fun assertSubset(expected: Any?, actual: Any?, at: String) {
        if (expected is JSONObject) {
            assertTrue(actual is JSONObject, "$at: expected an object, got $actual")
            val act = actual as JSONObject
            for (k in expected.keySet()) {
                if (k == "data_length") {
                    assertEquals(expected.getInt(k), act.getJSONArray("data").length(), "$at.data length")
                    continue
                }
                assertSubset(expected.get(k), if (act.has(k)) act.get(k) else null, "$at.$k")
            }
        } else if (expected is JSONArray) {
            assertEquals(expected.toString(), actual.toString(), at)
        } else {
            assertEquals(norm(expected), norm(actual), at)
        }
    }

    @TestFactory
    fun sharedScenarios(): List<DynamicTest> {
        val scenarios = file.getJSONArray("scenarios")
        return (0 until scenarios.length()).map { n ->
            val sc = scenarios.getJSONObject(n)
            DynamicTest.dynamicTest(sc.getString("name")) {
                val profile = if (sc.getString("profile") == "leanrails") WireProfile.LEAN_RAILS else WireProfile.STRIPE
                val client = Sandbox.client(file.getString("api_key"), profile)
                val saved = mutableMapOf<String, String>()
                val steps = sc.getJSONArray("steps")
                for (i in 0 until steps.length()) {
                    val step = steps.getJSONObject(i)
                    val at = "${sc.getString("name")}[$i]"
                    Sandbox.clear()
                    step.optJSONArray("faults")?.forEach { Sandbox.fault(it as JSONObject) }
                    val id = if (step.has("id")) subst(step.getString("id"), saved) as String else null
                    val params = subst(step.getJSONObject("params"), saved) as JSONObject
                    try {
                        val (json, resultId) = runBlocking { run(client, step.getString("op"), id, params) }
                        assertTrue(!step.has("error"), "$at: expected an error, got $json")
                        if (step.has("result")) assertSubset(subst(step.getJSONObject("result"), saved), JSONObject(json), at)
                        if (step.has("save_as")) saved[step.getString("save_as")] = resultId!!
                    } catch (e: PayIntentException) {
                        assertTrue(step.has("error"), "$at: unexpected error $e")
                        val d = e.details
                        val actual = JSONObject().put("kind", d.kind).put("code", d.code ?: JSONObject.NULL)
                            .put("param", d.param ?: JSONObject.NULL).put("decline_code", d.declineCode ?: JSONObject.NULL)
                            .put("http_status", d.httpStatus?.toInt() ?: JSONObject.NULL)
                        assertSubset(step.getJSONObject("error"), actual, at)
                    }
                    val recorded = Sandbox.requests()
                    if (step.has("request_count")) assertEquals(step.getInt("request_count"), recorded.length(), "$at: request count")
                    if (step.optBoolean("same_idempotency_key")) {
                        val keys = (0 until recorded.length()).map { recorded.getJSONObject(it).getJSONObject("headers").optString("idempotency-key") }.toSet()
                        assertTrue(keys.size == 1 && keys.first().isNotEmpty(), "$at: $keys")
                    }
                    if (step.has("request")) {
                        assertTrue(recorded.length() > 0, "$at: no request recorded")
                        assertSubset(subst(step.getJSONObject("request"), saved), recorded.getJSONObject(recorded.length() - 1), "$at.request")
                    }
                }
            }
        }
    }
}
