// Kotlin Flows over the generated pagers: every PaymentIntent of a list or search, fetched page by page.
package dev.payintent

import dev.payintent.types.ListParams
import dev.payintent.types.PaymentIntent
import dev.payintent.types.SearchParams
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow

/**
 * The PaymentIntents this pager has not yet given, as a Flow calling
 * [PaymentIntentPager.next] until it returns null. The pager keeps its
 * position: a second collection continues where the first one stopped.
 */
fun PaymentIntentPager.asFlow(): Flow<PaymentIntent> = flow {
    while (true) {
        emit(next() ?: break)
    }
}

/**
 * Every PaymentIntent matching [params], across pages. Cold: each collection
 * starts a new walk from the first page and closes its pager at the end.
 */
fun Client.listAll(params: ListParams = ListParams(), options: RequestOptions? = null): Flow<PaymentIntent> = flow {
    listAutoPaging(params, options).use { pager -> pager.asFlow().collect { emit(it) } }
}

/** Every PaymentIntent found by [params]' query, across pages; cold like [listAll]. */
fun Client.searchAll(params: SearchParams, options: RequestOptions? = null): Flow<PaymentIntent> = flow {
    searchAutoPaging(params, options).use { pager -> pager.asFlow().collect { emit(it) } }
}
