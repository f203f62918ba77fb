# Hand-written stub of the native module (checked by mypy.stubtest).
from typing import Awaitable, List, Optional, Tuple, final


__all__ = ["NativeClient", "STRIPE_API_VERSION", "error_kinds", "__version__"]

__version__: str
STRIPE_API_VERSION: str

_Answer = Tuple[str, Optional[str], int, Optional[str], bool, int]

def error_kinds() -> List[str]: ...

@final
class NativeClient:
    def __new__(
        cls,
        api_key: str,
        base_url: Optional[str] = None,
        profile: str = "stripe",
        api_version: Optional[str] = None,
        max_retries: int = 2,
        timeout: float = 80.0,
        stripe_account: Optional[str] = None,
        deadline: Optional[float] = None,
    ) -> NativeClient: ...
    def call(
        self,
        op: str,
        id: Optional[str],
        params_json: str,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _Answer: ...
    def call_async(
        self,
        op: str,
        id: Optional[str],
        params_json: str,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Awaitable[_Answer]: ...
