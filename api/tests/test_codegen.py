"""Tests of api/codegen.py: stale generated files are found and named, regeneration repairs them, output is stable."""
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
API = os.path.dirname(HERE)
ROOT = os.path.dirname(API)


def load_driver():
    spec = importlib.util.spec_from_file_location("codegen_driver", os.path.join(API, "codegen.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


driver = load_driver()
FILES, DIRS = driver.generate()


class CodegenTest(unittest.TestCase):
    def copy_tree(self, tmp):
        for path in FILES:
            os.makedirs(os.path.join(tmp, os.path.dirname(path)), exist_ok=True)
            shutil.copy(os.path.join(ROOT, path), os.path.join(tmp, path))

    def test_committed_files_are_fresh(self):
        self.assertEqual(driver.stale(ROOT, FILES, DIRS), [])

    def test_generation_is_deterministic(self):
        again, dirs = driver.generate()
        self.assertEqual(again, FILES)
        self.assertEqual(dirs, DIRS)

    def test_every_file_opens_with_the_header(self):
        for path, text in FILES.items():
            first = text.splitlines()[0]
            self.assertIn("Generated from api/payment_intents.json by api/codegen.py", first, path)
            self.assertIn("do not edit", first, path)

    def test_edited_missing_and_leftover_files_are_named_and_repaired(self):
        with tempfile.TemporaryDirectory() as tmp:
            self.copy_tree(tmp)
            self.assertEqual(driver.stale(tmp, FILES, DIRS), [])
            edited, missing = sorted(FILES)[:2]
            with open(os.path.join(tmp, edited), "a", encoding="utf-8") as f:
                f.write("// a hand edit\n")
            os.remove(os.path.join(tmp, missing))
            leftover = f"{DIRS[0]}/old_list.rs"
            with open(os.path.join(tmp, leftover), "w", encoding="utf-8") as f:
                f.write("// no longer generated\n")
            self.assertEqual(sorted(driver.stale(tmp, FILES, DIRS)), sorted([edited, missing, leftover]))
            touched = driver.write(tmp, FILES, DIRS)
            self.assertEqual(sorted(touched), sorted([edited, missing, leftover]))
            self.assertEqual(driver.stale(tmp, FILES, DIRS), [])
            self.assertFalse(os.path.exists(os.path.join(tmp, leftover)))

    def run_check(self, *args):
        return subprocess.run(
            [sys.executable, os.path.join(API, "codegen.py"), "--check", *args], capture_output=True, text=True
        )

    def test_check_mode_exit_status(self):
        proc = self.run_check()
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn("up to date", proc.stdout)
        with tempfile.TemporaryDirectory() as tmp:
            self.copy_tree(tmp)
            self.assertEqual(self.run_check("--root", tmp).returncode, 0)
            edited = sorted(FILES)[-1]
            with open(os.path.join(tmp, edited), "a", encoding="utf-8") as f:
                f.write("// a hand edit\n")
            proc = self.run_check("--root", tmp)
            self.assertEqual(proc.returncode, 1)
            self.assertIn(edited, proc.stderr)
            self.assertIn("python3 api/codegen.py", proc.stderr)


if __name__ == "__main__":
    unittest.main()
