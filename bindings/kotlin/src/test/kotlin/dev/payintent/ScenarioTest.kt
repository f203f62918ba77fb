// The shared scenarios (tests/scenarios/payment_intents.json) run through the typed Kotlin API against the sandbox.
package dev.payintent

import dev.payintent.types.CancelParams
import dev.payintent.types.CancellationReason
import dev.payintent.types.CaptureMethod
import dev.payintent.types.CreateParams
import dev.payintent.types.PayIntentException
import dev.payintent.types.PaymentIntent
import dev.payintent.types.Profile
import kotlinx.coroutines.runBlocking
import org.json.JSONArray
import org.json.JSONObject
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import java.io.File
import java.lang.reflect.InvocationTargetException
import kotlin.reflect.KClass
import kotlin.reflect.full.callSuspend
import kotlin.reflect.full.memberFunctions

/**
 * Each step's operation is the Client method of that name; its params (JSON
 * in API spelling) become that method's typed params record (TypedJson), and
 * its result is read back through the record's typed fields.
 */
class ScenarioTest {
    private val file = JSONObject(File(System.getProperty("payintent.scenarios")).readText())

    private fun camel(snake: String) = snake.split('_').mapIndexed { i, w -> if (i == 0) w else w.replaceFirstChar { it.uppercase() } }.joinToString("")

    /** Runs [op]; returns the result as JSON in API spelling and, for a PaymentIntent, its id. */
    private suspend fun run(client: Client, op: String, id: String?, params: JSONObject): Pair<JSONObject, String?> {
        val method = client::class.memberFunctions.single { it.name == camel(op) && it.isSuspend }
        // Parameters: the client, then the path id if the operation has one, then params and options.
        val declared = method.parameters.drop(1)
        val typedParams = TypedJson.record(declared[declared.size - 2].type.classifier as KClass<*>, params)
        val args = if (declared.size == 3) listOf(id ?: error("$op needs an id"), typedParams, null) else listOf(typedParams, null)
        val result = try {
            method.callSuspend(client, *args.toTypedArray())
        } catch (e: InvocationTargetException) {
            throw e.targetException
        }
        val json = TypedJson.json(result) as JSONObject
        // A page is a list by its type: PaymentIntentPage has no `object` field to read it from.
        if (result is PaymentIntentPage) json.put("object", "list")
        return json to (result as? PaymentIntent)?.id
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

    @Test
    fun paramsAreTypedAndOnlyUnknownKeysGoToExtra() {
        val p = TypedJson.record(CreateParams::class, JSONObject(
            """{"amount":5,"currency":"usd","capture_method":"manual","metadata":{"a":"b"},"future_param":{"x":1},
               "shipping":{"name":"Ada","address":{"city":"Oslo"}},"cancellation_reason":"other"}""",
        ))
        assertEquals(CaptureMethod.Manual, p.captureMethod)
        assertEquals(mapOf("a" to "b"), p.metadata)
        assertEquals("Oslo", p.shipping!!.address!!.city)
        assertEquals(setOf("future_param", "cancellation_reason"), JSONObject(p.extra).keySet())
        assertEquals(CancellationReason.Unknown("bored"), TypedJson.record(CancelParams::class, JSONObject("""{"cancellation_reason":"bored"}""")).cancellationReason)
        val back = TypedJson.json(p) as JSONObject
        assertEquals("manual", back.getString("capture_method"))
        assertEquals(1, back.getJSONObject("future_param").getInt("x"))
    }

    @TestFactory
    fun sharedScenarios(): List<DynamicTest> {
        val scenarios = file.getJSONArray("scenarios")
        return (0 until scenarios.length()).map { n ->
            val sc = scenarios.getJSONObject(n)
            DynamicTest.dynamicTest(sc.getString("name")) {
                val profile = if (sc.getString("profile") == "leanrails") Profile.LEAN_RAILS else Profile.STRIPE
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
                        if (step.has("result")) assertSubset(subst(step.getJSONObject("result"), saved), json, at)
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
