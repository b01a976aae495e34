import { defineMessages } from "../define";

/** Password recovery: by email ("Lupa kata sandi?") and, for a lost email too, at an agency's counter. */
export const recovery = defineMessages({
  prefixes: ["recovery."],
  id: {
    "recovery.link": "Lupa kata sandi?",
    "recovery.requestTitle": "Lupa kata sandi",
    "recovery.requestLead":
      "Masukkan email akun SatuPintu Anda. Bila email itu terdaftar, kami mengirim tautan untuk membuat kata sandi baru. Tautan berlaku 1 jam dan hanya dapat dipakai sekali.",
    "recovery.requestSubmit": "Kirim tautan pemulihan",
    "recovery.sentTitle": "Periksa email Anda",
    "recovery.sentLead":
      "Bila email tersebut terdaftar di SatuPintu, tautan untuk membuat kata sandi baru sudah kami kirim ke sana. Tautan berlaku 1 jam dan hanya dapat dipakai sekali. Belum menerimanya? Periksa folder spam, atau minta lagi beberapa menit kemudian.",
    "recovery.counterTitle": "Tidak bisa membuka email Anda lagi?",
    "recovery.counterText":
      "Datanglah ke loket pelayanan instansi mana pun yang memakai SatuPintu, misalnya di Mal Pelayanan Publik, dengan membawa KTP-el asli Anda. Petugas memeriksa identitas Anda secara langsung, mencatat alamat email baru Anda, lalu portal mengirim tautan pemulihan ke alamat itu. Sampai Anda membuka tautan itu dan membuat kata sandi baru, tidak ada yang dapat masuk ke akun Anda. Setiap pemulihan di loket dicatat bersama nama petugasnya.",
    "recovery.resetTitle": "Buat kata sandi baru",
    "recovery.resetLead": "Pilih kata sandi baru untuk akun SatuPintu Anda. Semua sesi akun ini di perangkat lain akan berakhir.",
    "recovery.resetSubmit": "Simpan kata sandi baru",
    "recovery.resetExpired": "Tautan tidak berlaku lagi? Minta tautan baru",
    "recovery.notice.recovered": "Kata sandi baru tersimpan dan semua sesi lain telah diakhiri. Silakan masuk.",
    "recovery.email": "Buat kata sandi baru untuk akun SatuPintu Anda",
    "recovery.email.email":
      "Halo {name},\n\nAda permintaan untuk membuat kata sandi baru bagi akun SatuPintu Anda. Buat kata sandi baru melalui tautan berikut (berlaku 1 jam, sekali pakai):\n\n{link}\n\nBila Anda tidak memintanya, abaikan email ini: kata sandi Anda tidak berubah.",
    "recovery.done": "Kata sandi akun SatuPintu Anda telah diganti",
    "recovery.done.email":
      'Kata sandi akun SatuPintu Anda baru saja diganti melalui tautan pemulihan, dan semua sesi lain telah diakhiri. Masuk di {link}\n\nBila bukan Anda yang menggantinya, segera pulihkan akun Anda melalui "Lupa kata sandi?" atau datang ke loket pelayanan dengan KTP-el Anda.',
    "recovery.counterEmail": "Pemulihan akun SatuPintu Anda di loket pelayanan",
    "recovery.counterEmail.email":
      "Halo {name},\n\nPetugas loket telah memeriksa KTP-el Anda dan mencatat email ini untuk akun SatuPintu Anda. Buat kata sandi baru melalui tautan berikut (berlaku 1 jam, sekali pakai):\n\n{link}\n\nBila Anda tidak sedang berada di loket pelayanan, abaikan email ini dan hubungi instansi tersebut.",
    "recovery.counter.homeLink": "Pemulihan akun warga di loket",
    "recovery.counter.title": "Pemulihan akun warga di loket",
    "recovery.counter.lead":
      "Untuk warga yang lupa kata sandi dan tidak dapat lagi membuka emailnya. Periksa KTP-el asli warga secara langsung, lalu catat email yang kini ia pakai: portal mengirim tautan pemulihan ke sana dan mengakhiri semua sesi akun. Hanya akun warga yang dapat dipulihkan di sini. Setiap pemulihan dicatat atas nama Anda.",
    "recovery.counter.nik": "NIK pada KTP-el",
    "recovery.counter.birthDate": "Tanggal lahir pada KTP-el",
    "recovery.counter.email": "Email warga yang baru",
    "recovery.counter.emailHint": "Tautan pemulihan dikirim ke alamat ini. Minta warga memastikan ia dapat membukanya sekarang.",
    "recovery.counter.identityChecked": "Saya telah memeriksa KTP-el asli warga ini secara langsung, dan fotonya cocok dengan orang yang datang.",
    "recovery.counter.submit": "Pulihkan akun dan kirim tautan",
    "recovery.counter.done":
      "Akun dipulihkan dan tautan pemulihan dikirim ke email yang dicatat. Minta warga membukanya dalam 1 jam untuk membuat kata sandi baru.",
    "recovery.counter.error.noAccount": "Tidak ada akun warga dengan NIK dan tanggal lahir ini.",
    "recovery.counter.error.emailTaken": "Email ini sudah dipakai akun lain.",
    "recovery.counter.error.identityNotChecked": "Periksa KTP-el asli warga terlebih dahulu, lalu centang pernyataan ini.",
  },
  en: {
    "recovery.link": "Forgot your password?",
    "recovery.requestTitle": "Forgot your password",
    "recovery.requestLead":
      "Enter your SatuPintu account's email. If it is registered, we send it a link to choose a new password. The link works for 1 hour and only once.",
    "recovery.requestSubmit": "Send recovery link",
    "recovery.sentTitle": "Check your email",
    "recovery.sentLead":
      "If that email is registered with SatuPintu, we have sent it a link to choose a new password. The link works for 1 hour and only once. Nothing arrived? Check your spam folder, or ask again in a few minutes.",
    "recovery.counterTitle": "Cannot open your email any more?",
    "recovery.counterText":
      "Come to the service counter of any agency that uses SatuPintu, for example at the public service mall (MPP), with your original KTP-el. The officer checks your identity in person and records your new email address, and the portal sends a recovery link there. Until you follow that link and choose a new password, nobody can sign in to your account. Every counter recovery is recorded with the officer's name.",
    "recovery.resetTitle": "Choose a new password",
    "recovery.resetLead": "Choose a new password for your SatuPintu account. Every session of this account on other devices will end.",
    "recovery.resetSubmit": "Save new password",
    "recovery.resetExpired": "Link no longer works? Ask for a new one",
    "recovery.notice.recovered": "Your new password is saved and every other session has ended. Please sign in.",
    "recovery.email": "Choose a new password for your SatuPintu account",
    "recovery.email.email":
      "Hello {name},\n\nSomeone asked to choose a new password for your SatuPintu account. Choose one through this link (works for 1 hour, once):\n\n{link}\n\nIf you did not ask, ignore this email: your password has not changed.",
    "recovery.done": "Your SatuPintu password was changed",
    "recovery.done.email":
      'Your SatuPintu account\'s password was just changed through a recovery link, and every other session has ended. Sign in at {link}\n\nIf it was not you, recover your account at once through "Forgot your password?" or at a service counter with your KTP-el.',
    "recovery.counterEmail": "Your SatuPintu account was recovered at a service counter",
    "recovery.counterEmail.email":
      "Hello {name},\n\nA counter officer checked your KTP-el and recorded this email for your SatuPintu account. Choose a new password through this link (works for 1 hour, once):\n\n{link}\n\nIf you are not at a service counter right now, ignore this email and contact that agency.",
    "recovery.counter.homeLink": "Recover a citizen's account at the counter",
    "recovery.counter.title": "Recover a citizen's account at the counter",
    "recovery.counter.lead":
      "For a citizen who forgot the password and can no longer open their email. Check the citizen's original KTP-el in person, then record the email they use now: the portal sends a recovery link there and ends every session of the account. Only citizen accounts can be recovered here. Every recovery is recorded in your name.",
    "recovery.counter.nik": "NIK on the KTP-el",
    "recovery.counter.birthDate": "Date of birth on the KTP-el",
    "recovery.counter.email": "The citizen's new email",
    "recovery.counter.emailHint": "The recovery link goes to this address. Ask the citizen to make sure they can open it now.",
    "recovery.counter.identityChecked": "I have checked this citizen's original KTP-el in person, and its photo matches the person here.",
    "recovery.counter.submit": "Recover account and send link",
    "recovery.counter.done":
      "The account is recovered and a recovery link was sent to the email recorded. Ask the citizen to open it within 1 hour to choose a new password.",
    "recovery.counter.error.noAccount": "No citizen account has this NIK and date of birth.",
    "recovery.counter.error.emailTaken": "This email belongs to another account.",
    "recovery.counter.error.identityNotChecked": "Check the citizen's original KTP-el first, then tick this statement.",
  },
});
