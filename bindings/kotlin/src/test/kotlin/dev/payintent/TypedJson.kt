// Test helper: generated records built from JSON in API spelling and turned back into it, by reflection.
package dev.payintent

import org.json.JSONArray
import org.json.JSONObject
import kotlin.reflect.KClass
import kotlin.reflect.KParameter
import kotlin.reflect.KType
import kotlin.reflect.full.memberProperties
import kotlin.reflect.full.primaryConstructor

/**
 * Maps JSON in API spelling (`capture_method: "manual"`) onto the generated
 * Kotlin records (`captureMethod = CaptureMethod.Manual`) and back, by the
 * naming rule alone (snake_case <-> camelCase, sealed enum case names), so
 * that no test keeps a list of fields. Keys a record does not have go into its
 * `extra` JSON text. JSON-valued fields are `String`s in Kotlin: a JSON string
 * is passed as is, any other JSON value as its JSON text.
 */
object TypedJson {
    fun snake(camel: String): String = camel.replace(Regex("([a-z0-9])([A-Z])"), "$1_$2").lowercase()

    /** A record of class [cls] from [json]; required fields missing from [json] are an error. */
    fun <T : Any> record(cls: KClass<T>, json: JSONObject): T {
        val ctor = cls.primaryConstructor ?: error("${cls.simpleName} is not a record")
        val byWireName = ctor.parameters.filter { it.name != "extra" }.associateBy { snake(it.name!!) }
        val extraParam = ctor.parameters.find { it.name == "extra" }
        val args = mutableMapOf<KParameter, Any?>()
        val left = JSONObject()
        for (key in json.keySet()) {
            val p = byWireName[key]
            if (p == null) left.put(key, json.get(key)) else args[p] = value(p.type, json.get(key), "${cls.simpleName}.$key")
        }
        if (!left.isEmpty) {
            checkNotNull(extraParam) { "${cls.simpleName} has no ${left.keySet()} and no extra" }
            args[extraParam] = left.toString()
        }
        for (p in ctor.parameters) {
            if (p in args || p.isOptional) continue
            args[p] = when {
                p.type.isMarkedNullable -> null
                p == extraParam -> "{}"
                else -> error("${cls.simpleName}: required ${snake(p.name!!)} missing from $json")
            }
        }
        return ctor.callBy(args)
    }

    private fun value(type: KType, v: Any?, at: String): Any? {
        if (v == null || v == JSONObject.NULL) return null
        val cls = type.classifier as KClass<*>
        return when {
            cls == Long::class -> (v as Number).toLong()
            cls == Int::class -> (v as Number).toInt()
            cls == UInt::class -> (v as Number).toLong().toUInt()
            cls == Boolean::class -> v as Boolean
            cls == String::class -> if (v is String) v else v.toString()
            cls == List::class -> (v as JSONArray).map { value(type.arguments[0].type!!, it, at) }
            cls == Map::class -> (v as JSONObject).let { o -> o.keySet().associateWith { value(type.arguments[1].type!!, o.get(it), "$at.$it") } }
            cls.isSealed -> sealedCase(cls, v as String)
            cls.isData -> record(cls, v as JSONObject)
            else -> error("$at: no JSON mapping for $cls")
        }
    }

    /** The case of a sealed enum whose name is [wire] in API spelling, else its `Unknown(wire)`. */
    private fun sealedCase(cls: KClass<*>, wire: String): Any {
        cls.sealedSubclasses.firstOrNull { it.objectInstance != null && snake(it.simpleName!!) == wire }?.let { return it.objectInstance!! }
        val unknown = cls.sealedSubclasses.firstOrNull { it.simpleName == "Unknown" } ?: error("${cls.simpleName} has no case $wire")
        return unknown.primaryConstructor!!.call(wire)
    }

    /** [v] (a record, a sealed enum, a list, ...) as JSON in API spelling; a record's `extra` is merged in. */
    fun json(v: Any?): Any? = when {
        v == null -> JSONObject.NULL
        v is String || v is Number || v is Boolean -> v
        v is UInt -> v.toLong()
        v is ULong -> v.toLong()
        v is UShort -> v.toInt()
        v is List<*> -> JSONArray(v.map { json(it) })
        v is Map<*, *> -> JSONObject().also { o -> v.forEach { (k, x) -> o.put(k.toString(), json(x)) } }
        v::class.objectInstance != null && v::class.java.superclass.kotlin.isSealed -> snake(v::class.simpleName!!)
        v::class.isData && v::class.java.superclass.kotlin.isSealed ->
            // A case with data: Unknown(v1) or Expansion.Id(v1) is its value; others are objects.
            v::class.memberProperties.singleOrNull { it.name == "v1" }?.let { json(it.getter.call(v)) } ?: recordJson(v)
        v::class.isData -> recordJson(v)
        v is Enum<*> -> v.name.lowercase()
        else -> error("no JSON for ${v::class}")
    }

    private fun recordJson(v: Any): JSONObject {
        val o = JSONObject()
        for (p in v::class.memberProperties) {
            val x = p.getter.call(v)
            if (p.name == "extra") {
                val text = x as String
                if (text.isNotBlank()) JSONObject(text).let { e -> e.keySet().forEach { k -> o.put(k, e.get(k)) } }
            } else {
                o.put(snake(p.name), json(x))
            }
        }
        return o
    }
}
